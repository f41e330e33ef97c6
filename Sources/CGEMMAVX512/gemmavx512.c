/* CGEMMAVX512: the 8 × 32 micro-kernel (4 × 32 at the bottom edge), written with intrinsics so that every floating-point
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

/* One tile of ROWS (4 or 8) rows: 2 × ROWS accumulators, of the 32 zmm registers. Rows past
   `height` re-read the last valid row of A (loads stay in bounds) and are not stored. Always
   inlined with constant ROWS and (in the unit-stride loop) a constant column stride of A, so the
   arrays below live in registers. */
static inline __attribute__((always_inline)) void tile(
  const int ROWS, ptrdiff_t depth, const float *a, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride,
  ptrdiff_t height, const float *panel, ptrdiff_t panel_stride, float *c, ptrdiff_t ldc, ptrdiff_t width, int add) {
  const float *rows[8];
  __m512 low[8], high[8];
  for (int r = 0; r < ROWS; r++) {
    rows[r] = a + (r < height ? r : height - 1) * a_row_stride;
    low[r] = _mm512_setzero_ps();
    high[r] = _mm512_setzero_ps();
  }
  const float *bp = panel;
  ptrdiff_t offset = 0;
  for (ptrdiff_t p = 0; p < depth; p++) {
    const __m512 b0 = _mm512_loadu_ps(bp), b1 = _mm512_loadu_ps(bp + 16);
    for (int r = 0; r < ROWS; r++) {
      const __m512 x = _mm512_set1_ps(rows[r][offset]);
      low[r] = _mm512_fmadd_ps(x, b0, low[r]);
      high[r] = _mm512_fmadd_ps(x, b1, high[r]);
    }
    bp += panel_stride;
    offset += a_col_stride;
  }
  for (int r = 0; r < ROWS && r < height; r++) store_row(c + r * ldc, low[r], high[r], width, add);
}

/* Rows i0 ..< m in tiles of eight while they last, then of four. The tile height changes how
   many elements share a load of B, never the operations on any one element. */
static inline __attribute__((always_inline)) void row_tiles(
  ptrdiff_t m, ptrdiff_t depth, const float *a, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride,
  const float *panel, ptrdiff_t panel_stride, float *c, ptrdiff_t ldc, ptrdiff_t width, int add) {
  ptrdiff_t i0 = 0;
  for (; i0 + 8 <= m; i0 += 8) {
    tile(8, depth, a + i0 * a_row_stride, a_row_stride, a_col_stride, 8, panel, panel_stride, c + i0 * ldc, ldc, width, add);
  }
  for (; i0 < m; i0 += 4) {
    const ptrdiff_t height = m - i0 < 4 ? m - i0 : 4;
    tile(4, depth, a + i0 * a_row_stride, a_row_stride, a_col_stride, height, panel, panel_stride, c + i0 * ldc, ldc, width, add);
  }
}

int gemm_avx512_is_compiled(void) { return 1; }

void gemm_avx512_panel(
  ptrdiff_t m, ptrdiff_t depth, const float *a, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride,
  const float *panel, ptrdiff_t panel_stride, float *c, ptrdiff_t ldc, ptrdiff_t width, int add) {
  if (a_col_stride == 1) {
    row_tiles(m, depth, a, a_row_stride, 1, panel, panel_stride, c, ldc, width, add);
  } else {
    row_tiles(m, depth, a, a_row_stride, a_col_stride, panel, panel_stride, c, ldc, width, add);
  }
}
#else
int gemm_avx512_is_compiled(void) { return 0; }

void gemm_avx512_panel(
  ptrdiff_t m, ptrdiff_t depth, const float *a, ptrdiff_t a_row_stride, ptrdiff_t a_col_stride,
  const float *panel, ptrdiff_t panel_stride, float *c, ptrdiff_t ldc, ptrdiff_t width, int add) {
  (void)m; (void)depth; (void)a; (void)a_row_stride; (void)a_col_stride;
  (void)panel; (void)panel_stride; (void)c; (void)ldc; (void)width; (void)add;
  __builtin_trap(); /* unreachable: the dispatcher never picks this kernel without AVX-512 */
}
#endif
