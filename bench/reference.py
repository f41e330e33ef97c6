#!/usr/bin/env python3
"""NumPy reference for `dltutor bench`: the same four workloads (PRODUCT.md §7), float32.

Run single-threaded (bench/compare.sh sets OPENBLAS_NUM_THREADS=1 and friends) so the ratio
compares one core with one core. Prints the same JSON shape as `dltutor bench --json`.
Data is drawn from the same generator as the Swift side (SplitMix64-seeded xoshiro256**),
so both sides train on identical numbers.
"""
import argparse
import json
import math
import time

import numpy as np

MASK = (1 << 64) - 1


class RandomSource:
    """xoshiro256** seeded through SplitMix64, bit for bit like NeuralCore's RandomSource."""

    def __init__(self, seed):
        state = seed & MASK
        words = []
        for _ in range(4):
            state = (state + 0x9E3779B97F4A7C15) & MASK
            z = state
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
            words.append(z ^ (z >> 31))
        self.s = words

    def next(self):
        s = self.s
        rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def unit_float(self):
        return np.float32((self.next() >> 40) * 2.0**-24)

    def uniform(self, low, high, shape):
        n = int(np.prod(shape))
        return np.array([low + (high - low) * self.unit_float() for _ in range(n)], dtype=np.float32).reshape(shape)

    def below(self, bound):
        return ((self.next() * bound) >> 64)  # bias-free enough for data generation


def dense_init(rng, fan_in, fan_out):
    limit = 1.0 / math.sqrt(fan_in)
    return rng.uniform(-limit, limit, (fan_in, fan_out)), np.zeros((1, fan_out), np.float32)


def sigmoid(z):
    return np.float32(1) / (np.float32(1) + np.exp(-z))


def bce_with_logits_grad(logits, y):
    # d/dlogit of mean(softplus(l) - y*l) = (sigmoid(l) - y) / n
    return (sigmoid(logits) - y) / np.float32(len(y))


class MLP:
    """Dense layers with one hidden activation, trained by SGD (optionally momentum)."""

    def __init__(self, rng, sizes, act):
        self.params = [dense_init(rng, a, b) for a, b in zip(sizes[:-1], sizes[1:])]
        self.act = act
        self.velocity = [(np.zeros_like(w), np.zeros_like(b)) for w, b in self.params]

    def forward(self, x, dropout_rng=None, p=0.0):
        self.inputs, self.pre, self.masks = [], [], []
        h = x
        last = len(self.params) - 1
        for i, (w, b) in enumerate(self.params):
            self.inputs.append(h)
            z = h @ w + b
            self.pre.append(z)
            if i == last:
                return z
            if self.act == "tanh":
                h = np.tanh(z)
            elif self.act == "sigmoid":
                h = sigmoid(z)
            else:
                h = np.maximum(z, np.float32(0))
            self.pre[-1] = (z, h)
            if dropout_rng is not None:
                keep = np.float32(1 - p)
                mask = (dropout_rng.random(h.shape, dtype=np.float32) < keep) / keep
                self.masks.append(mask.astype(np.float32))
                h = h * self.masks[-1]
        return h

    def backward(self, grad_out, with_norms=False):
        grads = [None] * len(self.params)
        delta = grad_out
        norms = []
        for i in range(len(self.params) - 1, -1, -1):
            w, _ = self.params[i]
            if with_norms:
                norms.append(float(np.sqrt(np.sum(delta * delta))))
            gw = self.inputs[i].T @ delta
            gb = delta.sum(axis=0, keepdims=True)
            grads[i] = (gw, gb)
            if with_norms:
                norms.append(float(np.sqrt(np.sum(gw * gw))))
            if i == 0:
                break
            delta = delta @ w.T
            z, h = self.pre[i - 1]
            if self.masks:
                delta = delta * self.masks[i - 1]
            if self.act == "tanh":
                delta = delta * (np.float32(1) - h * h)
            elif self.act == "sigmoid":
                delta = delta * h * (np.float32(1) - h)
            else:
                delta = delta * (z > 0)
        return grads, norms

    def sgd(self, grads, lr):
        for (w, b), (gw, gb) in zip(self.params, grads):
            w -= np.float32(lr) * gw
            b -= np.float32(lr) * gb

    def momentum(self, grads, lr, mu):
        for (w, b), (vw, vb), (gw, gb) in zip(self.params, self.velocity, grads):
            vw *= np.float32(mu)
            vw -= np.float32(lr) * gw
            vb *= np.float32(mu)
            vb -= np.float32(lr) * gb
            w += vw
            b += vb


def tiny_tanh():
    rng = RandomSource(1)
    x = rng.uniform(-1, 1, (10, 2))
    y = (x[:, :1] * x[:, 1:] > 0).astype(np.float32)
    net = MLP(rng, [2, 8, 8, 1], "tanh")

    def step():
        logits = net.forward(x)
        grads, _ = net.backward(bce_with_logits_grad(logits, y))
        net.sgd(grads, 0.1)

    return step


def deep_sigmoid():
    rng = RandomSource(1)
    x = rng.uniform(-1, 1, (64, 2))
    y = (x[:, :1] * x[:, 1:] > 0).astype(np.float32)
    net = MLP(rng, [2] + [32] * 10 + [1], "sigmoid")

    def step():
        logits = net.forward(x)
        grads, norms = net.backward(bce_with_logits_grad(logits, y), with_norms=True)
        net.sgd(grads, 0.1)
        return norms

    return step


def dropout_relu():
    rng = RandomSource(1)
    x = rng.uniform(0, 1, (32, 64))
    labels = np.array([rng.below(10) for _ in range(32)])
    onehot = np.zeros((32, 10), np.float32)
    onehot[np.arange(32), labels] = 1
    net = MLP(rng, [64, 256, 256, 10], "relu")
    masks = np.random.default_rng(1)

    def step():
        logits = net.forward(x, dropout_rng=masks, p=0.5)
        shifted = logits - logits.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        probs = e / e.sum(axis=1, keepdims=True)
        grads, _ = net.backward((probs - onehot) / np.float32(32))
        net.momentum(grads, 0.01, 0.9)

    return step


def perceptron_epoch():
    rng = RandomSource(1)
    w_star = np.array([0.6, -0.8], np.float32)
    points = rng.uniform(-1, 1, (1000, 2))
    labels = np.where(points @ w_star + np.float32(0.1) >= 0, np.float32(1), np.float32(-1))
    w = np.zeros(2, np.float32)
    b = np.float32(0)

    def step():
        nonlocal w, b
        mistakes = 0
        for i in range(1000):
            xi = points[i]
            yi = labels[i]
            if yi * (xi @ w + b) <= 0:
                w = w + yi * xi
                b = b + yi
                mistakes += 1
        return mistakes

    return step


WORKLOADS = [("tiny-tanh", tiny_tanh), ("deep-sigmoid", deep_sigmoid),
             ("dropout-relu", dropout_relu), ("perceptron-epoch", perceptron_epoch)]


def measure(make, seconds):
    step = make()
    warm_end = time.perf_counter() + min(0.2, seconds / 5)
    while time.perf_counter() < warm_end:
        step()
    steps = 0
    start = time.perf_counter()
    while True:
        step()
        steps += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return steps, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = []
    for name, make in WORKLOADS:
        steps, elapsed = measure(make, args.seconds)
        results.append({"name": name, "steps_per_second": steps / elapsed, "steps": steps, "seconds": elapsed})
    if args.json:
        print(json.dumps({"workloads": results}))
    else:
        for r in results:
            print(f"{r['name']:<18}{r['steps_per_second']:>14.1f} steps/s")


if __name__ == "__main__":
    main()
