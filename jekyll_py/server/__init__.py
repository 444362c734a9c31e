"""``jekyll-py serve``: the preview server, LiveReload and the watcher.

Jekyll's counterpart is ``Jekyll::Commands::Serve`` (WEBrick + EventMachine)
together with the ``jekyll-watch`` gem. The pieces:

* :mod:`.servlet` – which file a request path means (pure rules, no I/O framework);
* :mod:`.mime` – content types and charsets;
* :mod:`.body_processor` – LiveReload client and error overlay injection;
* :mod:`.http_server` – the tornado server that ties those together;
* :mod:`.live_reload_reactor` – the LiveReload protocol port;
* :mod:`.fs_events` – inotify / polling change detection;
"""
