/* CGEMMPack: the one packing step of the matrix multiply (Sources/NeuralCore/GEMM.swift) that
   Swift cannot express well: transposing 8 × 8 blocks in registers, which needs the AVX
   shuffle instructions. Compiled for the package's baseline (AVX2 + FMA, as NeuralCore is), so
   both kernels use it. Pure data movement: it never changes a value. */
#ifndef GEMMPACK_H
#define GEMMPACK_H
#include <stddef.h>

/* panel[p * tile_cols + jj] = source[p + jj * stride] for p < depth and jj < tile_cols (a
   multiple of 8): the panel of a transposed operand, whose panel columns are contiguous runs of
   `source` `stride` floats apart. */
void gemm_pack_transposed(const float *source, ptrdiff_t stride, ptrdiff_t depth, ptrdiff_t tile_cols, float *panel);
#endif
