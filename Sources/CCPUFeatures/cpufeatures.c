/* CCPUFeatures: cpuid and xgetbv, read directly so that no compiler runtime is needed. */
#include "cpufeatures.h"

#if defined(__x86_64__)
#include <cpuid.h>

/* XCR0, the register in which the OS declares which register state it saves. Only valid to read
   when CPUID says OSXSAVE. */
static unsigned long long read_xcr0(void) {
  unsigned int eax, edx;
  __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
  return ((unsigned long long)edx << 32) | eax;
}

int cpu_supports_avx512_kernel(void) {
  unsigned int eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  const unsigned int fma = 1u << 12, osxsave = 1u << 27, avx = 1u << 28;
  if ((ecx & (fma | osxsave | avx)) != (fma | osxsave | avx)) return 0;
  /* XMM (bit 1), YMM (2), and the AVX-512 opmask (5), upper ZMM0-15 (6) and ZMM16-31 (7) state. */
  const unsigned long long zmmState = (1u << 1) | (1u << 2) | (1u << 5) | (1u << 6) | (1u << 7);
  if ((read_xcr0() & zmmState) != zmmState) return 0;
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
  const unsigned int avx2 = 1u << 5, avx512f = 1u << 16;
  return (ebx & (avx2 | avx512f)) == (avx2 | avx512f);
}
#else
int cpu_supports_avx512_kernel(void) { return 0; }
#endif
