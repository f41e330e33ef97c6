/* CGEMMAVX512: the 4 × 32 micro-kernel, written with intrinsics so that every floating-point
   operation is spelled out: _mm512_fmadd_ps is one fused multiply-add per lane (as
   SIMD8.addProduct is in the AVX2 kernel) and the compiler may not contract or reorder anything.
   Package.swift compiles this file with -mavx512f on x86-64 Linux; elsewhere it is an empty stub
   that the dispatcher never calls. */
#include "gemmavx512.h"

#if defined(__x86_64__) && defined(__AVX512F__)
#include <immintrin.h>

/* The lanes of a tile row's two registers that lie within `width` columns. */
static inline __mmask16 low_mask(ptrdiff_t width) {
  return width >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << width) - 1);
}
static inline __mmask16 high_mask(ptrdiff_t width) {
  return width >= 32 ? (__mmask16)0xFFFF : width <= 16 ? 0 : (__mmask16)((1u << (width - 16)) - 1);
}

/* Writes (or adds, old + sum) one tile row. Masked loads and stores touch only the lanes within
   `width`, so a narrow edge tile reads and writes exactly what the AVX2 kernel's scalar loop does. */
static inline void store_row(float *target, __m512 low, __m512 high, ptrdiff_t width, int add) {
  if (width == GEMM_AVX512_TILE_COLS) {
    if (add) {
      low = _mm512_add_ps(_mm512_loadu_ps(target), low);
      high = _mm512_add_ps(_mm512_loadu_ps(target + 16), high);
    }
    _mm512_storeu_ps(target, low);
    _mm512_storeu_ps(target + 16, high);
  } else {
    const __mmask16 ml = low_mask(width), mh = high_mask(width);
    if (add) {
      low = _mm512_add_ps(_mm512_maskz_loadu_ps(ml, target), low);
      high = _mm512_add_ps(_mm512_maskz_loadu_ps(mh, target + 16), high);
    }
    _mm512_mask_storeu_ps(target, ml, low);
    _mm512_mask_storeu_ps(target + 16, mh, high);
  }
}

/* One 4-row tile. Rows past `height` re-read the last valid row of A (loads stay in bounds) and
   are not stored. Always inlined into the two loops below, so a unit column stride of A is a
   constant there. */
static inline __attribute__((always_inline)) void tile(
  ptrdiff_t depth, const float *a0, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride, ptrdiff_t height,
  const float *panel, float *c, ptrdiff_t ldc, ptrdiff_t width, int add) {
  const ptrdiff_t last = height - 1;
  const float *a1 = a0 + (last < 1 ? last : 1) * a_row_stride;
  const float *a2 = a0 + (last < 2 ? last : 2) * a_row_stride;
  const float *a3 = a0 + (last < 3 ? last : 3) * a_row_stride;
  __m512 c00 = _mm512_setzero_ps(), c01 = _mm512_setzero_ps();
  __m512 c10 = _mm512_setzero_ps(), c11 = _mm512_setzero_ps();
  __m512 c20 = _mm512_setzero_ps(), c21 = _mm512_setzero_ps();
  __m512 c30 = _mm512_setzero_ps(), c31 = _mm512_setzero_ps();
  const float *bp = panel;
  ptrdiff_t offset = 0;
  for (ptrdiff_t p = 0; p < depth; p++) {
    const __m512 b0 = _mm512_loadu_ps(bp), b1 = _mm512_loadu_ps(bp + 16);
    const __m512 x0 = _mm512_set1_ps(a0[offset]);
    c00 = _mm512_fmadd_ps(x0, b0, c00); c01 = _mm512_fmadd_ps(x0, b1, c01);
    const __m512 x1 = _mm512_set1_ps(a1[offset]);
    c10 = _mm512_fmadd_ps(x1, b0, c10); c11 = _mm512_fmadd_ps(x1, b1, c11);
    const __m512 x2 = _mm512_set1_ps(a2[offset]);
    c20 = _mm512_fmadd_ps(x2, b0, c20); c21 = _mm512_fmadd_ps(x2, b1, c21);
    const __m512 x3 = _mm512_set1_ps(a3[offset]);
    c30 = _mm512_fmadd_ps(x3, b0, c30); c31 = _mm512_fmadd_ps(x3, b1, c31);
    bp += GEMM_AVX512_TILE_COLS;
    offset += a_col_stride;
  }
  store_row(c, c00, c01, width, add);
  if (height > 1) store_row(c + ldc, c10, c11, width, add);
  if (height > 2) store_row(c + 2 * ldc, c20, c21, width, add);
  if (height > 3) store_row(c + 3 * ldc, c30, c31, width, add);
}

int gemm_avx512_is_compiled(void) { return 1; }

void gemm_avx512_panel(
  ptrdiff_t m, ptrdiff_t depth, const float *a, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride,
  const float *panel, float *c, ptrdiff_t ldc, ptrdiff_t width, int add) {
  for (ptrdiff_t i0 = 0; i0 < m; i0 += GEMM_AVX512_TILE_ROWS) {
    const ptrdiff_t height = m - i0 < GEMM_AVX512_TILE_ROWS ? m - i0 : GEMM_AVX512_TILE_ROWS;
    if (a_col_stride == 1) {
      tile(depth, a + i0 * a_row_stride, a_row_stride, 1, height, panel, c + i0 * ldc, ldc, width, add);
    } else {
      tile(depth, a + i0 * a_row_stride, a_row_stride, a_col_stride, height, panel, c + i0 * ldc, ldc, width, add);
    }
  }
}
#else
int gemm_avx512_is_compiled(void) { return 0; }

void gemm_avx512_panel(
  ptrdiff_t m, ptrdiff_t depth, const float *a, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride,
  const float *panel, float *c, ptrdiff_t ldc, ptrdiff_t width, int add) {
  (void)m; (void)depth; (void)a; (void)a_row_stride; (void)a_col_stride;
  (void)panel; (void)c; (void)ldc; (void)width; (void)add;
  __builtin_trap(); /* unreachable: the dispatcher never picks this kernel without AVX-512 */
}
#endif
