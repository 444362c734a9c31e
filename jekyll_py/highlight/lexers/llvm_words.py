"""LLVM IR words Rouge 3.30 knows: types, and instructions plus other keywords.

Rouge's ``llvm`` lexer marks any other bare word as ``Error``, so the lists
decide the output.  (11 types, 374 instructions and keywords.)
"""

from __future__ import annotations

TYPES = frozenset("""
double float fp128 half label metadata ppc_fp128 token void x86_fp80 x86_mmx
""".split())

KEYWORDS = frozenset("""
aarch64_sve_vector_pcs aarch64_vector_pcs acq_rel acquire add addrspace addrspacecast afn alias
aliasee align alignLog2 alignstack allOnes alloca allocsize alwaysInline alwaysinline amdgpu_cs
amdgpu_es amdgpu_gs amdgpu_hs amdgpu_kernel amdgpu_ls amdgpu_ps amdgpu_vs and any anyregcc
appending arcp argmemonly args arm_aapcs_vfpcc arm_aapcscc arm_apcscc ashr asm atomic atomicrmw
attributes available_externally avr_intrcc avr_signalcc bit bitMask bitcast blockaddress br
branchFunnel builtin byArg byte byteArray byval c call callbr callee caller calls canAutoHide
catch catchpad catchret catchswitch cc ccc cfguard_checkcc cleanup cleanuppad cleanupret
cmpxchg cold coldcc comdat common constant contract convergent critical cxx_fast_tlscc
datalayout declare default define deplibs dereferenceable dereferenceable_or_null distinct
dllexport dllimport dsoLocal dso_local dso_preemptable eq exact exactmatch extern_weak external
externally_initialized extractelement extractvalue fadd false fast fastcc fcmp fdiv fence
filter flags fmul fneg fpext fptosi fptoui fptrunc freeze frem from fsub funcFlags function gc
getelementptr ghccc global guid gv hash hhvm_ccc hhvmcc hidden hot hotness icmp ifunc immarg
inaccessiblemem_or_argmemonly inaccessiblememonly inalloca inbounds indir indirectbr info
initialexec inline inlineBits inlinehint inrange inreg insertelement insertvalue insts
intel_ocl_bicc inteldialect internal inttoptr invoke jumptable kind landingpad largest linkage
linkonce linkonce_odr live load local_unnamed_addr localdynamic localexec lshr max min minsize
module monotonic msp430_intrcc mul musttail naked name nand ne nest ninf nnan noInline
noRecurse noalias nobuiltin nocapture nocf_check noduplicate noduplicates nofree
noimplicitfloat noinline none nonlazybind nonnull norecurse noredzone noreturn nosync
notEligibleToImport notail nounwind nsw nsz null nuw oeq offset oge ogt ole olt one opaque
optforfuzzing optnone optsize or ord partition path personality phi prefix preserve_allcc
preserve_mostcc private prologue protected ptrtoint ptx_device ptx_kernel readNone readOnly
readnone readonly reassoc refs relbf release resByArg resume ret returnDoesNotAlias returned
returns_twice safestack samesize sanitize_address sanitize_hwaddress sanitize_memory
sanitize_memtag sanitize_thread sdiv section select seq_cst sext sge sgt shadowcallstack shl
shufflevector sideeffect signext single singleImpl singleImplName sitofp sizeM1 sizeM1BitWidth
sle slt source_filename speculatable speculative_load_hardening spir_func spir_kernel srem sret
ssp sspreq sspstrong store strictfp sub summaries summary swiftcc swifterror swiftself switch
syncscope tail tailcc target thread_local to triple true trunc type typeCheckedLoadConstVCalls
typeCheckedLoadVCalls typeIdInfo typeTestAssumeConstVCalls typeTestAssumeVCalls typeTestRes
typeTests typeid typeidCompatibleVTable udiv ueq uge ugt uitofp ule ult umax umin undef une
uniformRetVal uniqueRetVal unknown unnamed_addr uno unordered unreachable unsat unwind urem
uselistorder uselistorder_bb uwtable vFuncId vTableFuncs va_arg varFlags variable
vcall_visibility virtFunc virtualConstProp volatile vscale weak weak_odr webkit_jscc willreturn
win64cc within wpdRes wpdResolutions writeonly x x86_64_sysvcc x86_fastcallcc x86_intrcc
x86_regcallcc x86_stdcallcc x86_thiscallcc x86_vectorcallcc xchg xor zeroext zeroinitializer
zext
""".split())
