/* CGEMMAVX512: the AVX-512 micro-kernel of the matrix multiply (Sources/NeuralCore/GEMM.swift).
   This target alone is compiled with AVX-512 enabled; call it only when
   cpu_supports_avx512_kernel() (CCPUFeatures) says so. Only a declaration here: an inline
   function in this header would be compiled into its callers with their flags. */
#ifndef GEMMAVX512_H
#define GEMMAVX512_H
#include <stddef.h>

/* Columns of C per tile: two 16-float registers. (Tiles are 8 rows high, 4 at the bottom edge.) */
#define GEMM_AVX512_TILE_COLS 32

/* All row tiles of one column tile: C[0..<m, 0..<width] = or += A[0..<m, 0..<depth] · panel.

   A's element (i, p) is a[i * a_row_stride + p * a_col_stride]; the panel holds `depth` rows of
   32 floats, `panel_stride` floats apart (columns past `width` zero); C has row stride ldc;
   width <= 32. Each element is the
   running fused multiply-add over p = 0 ..< depth from zero, then stored or added to C: the same
   operations, in the same order, as the AVX2 kernel, so both give identical bits. */
void gemm_avx512_panel(
  ptrdiff_t m, ptrdiff_t depth, const float *a, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride,
  const float *panel, ptrdiff_t panel_stride, float *c, ptrdiff_t ldc, ptrdiff_t width, int add);

/* 1 when this target was compiled with AVX-512 (x86-64 Linux, see Package.swift); otherwise
   gemm_avx512_panel is a stub that must not be called. */
int gemm_avx512_is_compiled(void);
#endif
