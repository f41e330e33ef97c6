/* CGEMMPack: 8 × 8 transposes with the standard AVX sequence (unpack, shuffle, swap 128-bit
   halves: 24 shuffles for 64 floats), where a gather would cost one load per float. */
#include "gemmpack.h"

#if defined(__AVX2__)
#include <immintrin.h>

/* Transposes the 8 × 8 block whose row r is at source + r * stride into rows of the panel,
   tile_cols floats apart. */
static inline void transpose_block(const float *source, ptrdiff_t stride, float *target, ptrdiff_t tile_cols) {
  const __m256 r0 = _mm256_loadu_ps(source), r1 = _mm256_loadu_ps(source + stride);
  const __m256 r2 = _mm256_loadu_ps(source + 2 * stride), r3 = _mm256_loadu_ps(source + 3 * stride);
  const __m256 r4 = _mm256_loadu_ps(source + 4 * stride), r5 = _mm256_loadu_ps(source + 5 * stride);
  const __m256 r6 = _mm256_loadu_ps(source + 6 * stride), r7 = _mm256_loadu_ps(source + 7 * stride);
  const __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpackhi_ps(r0, r1);
  const __m256 t2 = _mm256_unpacklo_ps(r2, r3), t3 = _mm256_unpackhi_ps(r2, r3);
  const __m256 t4 = _mm256_unpacklo_ps(r4, r5), t5 = _mm256_unpackhi_ps(r4, r5);
  const __m256 t6 = _mm256_unpacklo_ps(r6, r7), t7 = _mm256_unpackhi_ps(r6, r7);
  const __m256 s0 = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(1, 0, 1, 0));
  const __m256 s1 = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(3, 2, 3, 2));
  const __m256 s2 = _mm256_shuffle_ps(t1, t3, _MM_SHUFFLE(1, 0, 1, 0));
  const __m256 s3 = _mm256_shuffle_ps(t1, t3, _MM_SHUFFLE(3, 2, 3, 2));
  const __m256 s4 = _mm256_shuffle_ps(t4, t6, _MM_SHUFFLE(1, 0, 1, 0));
  const __m256 s5 = _mm256_shuffle_ps(t4, t6, _MM_SHUFFLE(3, 2, 3, 2));
  const __m256 s6 = _mm256_shuffle_ps(t5, t7, _MM_SHUFFLE(1, 0, 1, 0));
  const __m256 s7 = _mm256_shuffle_ps(t5, t7, _MM_SHUFFLE(3, 2, 3, 2));
  _mm256_storeu_ps(target, _mm256_permute2f128_ps(s0, s4, 0x20));
  _mm256_storeu_ps(target + tile_cols, _mm256_permute2f128_ps(s1, s5, 0x20));
  _mm256_storeu_ps(target + 2 * tile_cols, _mm256_permute2f128_ps(s2, s6, 0x20));
  _mm256_storeu_ps(target + 3 * tile_cols, _mm256_permute2f128_ps(s3, s7, 0x20));
  _mm256_storeu_ps(target + 4 * tile_cols, _mm256_permute2f128_ps(s0, s4, 0x31));
  _mm256_storeu_ps(target + 5 * tile_cols, _mm256_permute2f128_ps(s1, s5, 0x31));
  _mm256_storeu_ps(target + 6 * tile_cols, _mm256_permute2f128_ps(s2, s6, 0x31));
  _mm256_storeu_ps(target + 7 * tile_cols, _mm256_permute2f128_ps(s3, s7, 0x31));
}
#endif

void gemm_pack_transposed(const float *source, ptrdiff_t stride, ptrdiff_t depth, ptrdiff_t tile_cols, float *panel) {
  ptrdiff_t blocked_depth = 0;
#if defined(__AVX2__)
  blocked_depth = depth & ~(ptrdiff_t)7;
  for (ptrdiff_t first = 0; first < tile_cols; first += 8) {
    for (ptrdiff_t p = 0; p < blocked_depth; p += 8) {
      transpose_block(source + first * stride + p, stride, panel + p * tile_cols + first, tile_cols);
    }
  }
#endif
  for (ptrdiff_t p = blocked_depth; p < depth; p++) {
    for (ptrdiff_t jj = 0; jj < tile_cols; jj++) panel[p * tile_cols + jj] = source[p + jj * stride];
  }
}
