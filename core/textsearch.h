// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtAlgorithms>
#include <QtGlobal>

#include <algorithm>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#define SSPILENS_TEXTSEARCH_SSE2 1
#include <emmintrin.h>
#endif

/**
 * @file
 * The two searches every stage of the reading pipeline makes over each piece of text: where the
 * next line feed (or '<', '\r') is, and how many line feeds there are. Eight UTF-16 units at a
 * time with SSE2 (part of every x86-64 CPU), one at a time elsewhere; both give the same answers
 * (tst_textsearch compares them). QStringView::indexOf(QChar) goes through two calls and a
 * dispatch per line, which cost more than the search itself on lines of a hundred characters.
 */

namespace sspilens::textsearch {

/// Index of the first @p unit in [@p from, @p n) of @p text, or -1; one unit at a time.
inline qsizetype findScalar(const char16_t *text, qsizetype from, qsizetype n, char16_t unit)
{
    for (qsizetype i = from; i < n; ++i) {
        if (text[i] == unit)
            return i;
    }
    return -1;
}

/// How many @p unit there are in [0, @p n) of @p text; one unit at a time.
inline qint64 countScalar(const char16_t *text, qsizetype n, char16_t unit)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < n; ++i)
        count += text[i] == unit ? 1 : 0;
    return count;
}

/// Index of the first @p unit in [@p from, @p n) of @p text, or -1.
inline qsizetype find(const char16_t *text, qsizetype from, qsizetype n, char16_t unit)
{
#ifdef SSPILENS_TEXTSEARCH_SSE2
    const __m128i wanted = _mm_set1_epi16(static_cast<short>(unit));
    qsizetype i = from;
    for (; i + 8 <= n; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(units, wanted));
        if (mask != 0)
            return i + qsizetype(qCountTrailingZeroBits(quint32(mask)) / 2);
    }
    return findScalar(text, i, n, unit);
#else
    return findScalar(text, from, n, unit);
#endif
}

/// How many @p unit there are in [0, @p n) of @p text.
inline qint64 count(const char16_t *text, qsizetype n, char16_t unit)
{
#ifdef SSPILENS_TEXTSEARCH_SSE2
    const __m128i wanted = _mm_set1_epi16(static_cast<short>(unit));
    qint64 total = 0;
    qsizetype i = 0;
    while (n - i >= 8) {
        // Per-lane counters (0xFFFF per match subtracted), summed before they can overflow.
        __m128i lanes = _mm_setzero_si128();
        const qsizetype stop = i + std::min<qsizetype>((n - i) / 8, 32767) * 8;
        for (; i < stop; i += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
            lanes = _mm_sub_epi16(lanes, _mm_cmpeq_epi16(units, wanted));
        }
        // Sum the eight 16-bit lanes: pairs to 32 bits, then across.
        const __m128i pairs = _mm_madd_epi16(lanes, _mm_set1_epi16(1));
        // madd treats lanes as signed: a lane of 32767 or less is what the loop above allows.
        alignas(16) qint32 sums[4];
        _mm_store_si128(reinterpret_cast<__m128i *>(sums), pairs);
        total += qint64(sums[0]) + sums[1] + sums[2] + sums[3];
    }
    return total + countScalar(text + i, n - i, unit);
#else
    return countScalar(text, n, unit);
#endif
}

} // namespace sspilens::textsearch
