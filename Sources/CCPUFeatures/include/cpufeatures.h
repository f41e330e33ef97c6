/* CCPUFeatures: asks the processor (and the operating system) which vector instructions this
   process may execute, so that the matrix multiply can pick its kernel at run time. Plain C,
   compiled for the baseline target: nothing here may itself need the features it tests. */
#ifndef CPUFEATURES_H
#define CPUFEATURES_H
/* 1 when the CPU has everything NeuralCoreAVX512 was compiled for (AVX-512 F, plus the AVX2 and FMA
   it implies) and the OS saves the ZMM registers across context switches; 0 otherwise, and
   always 0 off x86-64. Cheap, but callers should ask once. */
int cpu_supports_avx512_kernel(void);
#endif
