// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The one form message texts are compared in, shared by Catalog::normaliseMessage (lookups) and the
// scanner's trie (logs), so that a text the catalog holds is found however a log writes it: any
// case, any white space between words, full-width or half-width punctuation, and in Chinese and
// Japanese with or without spaces and line wraps between characters.
#pragma once

#include <QChar>
#include <QtGlobal>

namespace sspilens::messagetext {

/// A Han, kana or bopomofo character, CJK punctuation or a full-width form: scripts written
/// without spaces between words, so that white space next to one is a line wrap or a habit of the
/// writer and is not compared. (Hangul is written with spaces and is not one of them.)
inline bool isWide(char16_t ch)
{
    return (ch >= 0x2E80 && ch <= 0x9FFF) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFF00 && ch <= 0xFFEF);
}

/// A letter of a script without word spaces (Han, kana, bopomofo) or Hangul: one right before a
/// message text means the text is part of a longer sentence.
inline bool isCjkLetter(char16_t ch)
{
    return (ch >= 0x3040 && ch <= 0x9FFF) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xAC00 && ch <= 0xD7AF);
}

/// One character in compared form: lower case (ASCII, Latin, Greek, Cyrillic), the typographic
/// apostrophe that localised .NET builds print as the plain one, and the full-width punctuation of
/// Chinese and Japanese Windows as its ASCII twin (。．，：（）；).
inline char16_t fold(char16_t ch)
{
    if (ch < 128)
        return (ch >= u'A' && ch <= u'Z') ? char16_t(ch | 0x20) : ch;
    switch (ch) {
    case 0x2019: return u'\'';
    case 0x3002: // 。
    case 0xFF0E: return u'.';
    case 0xFF0C: return u',';
    case 0xFF1A: return u':';
    case 0xFF1B: return u';';
    case 0xFF08: return u'(';
    case 0xFF09: return u')';
    default: break;
    }
    if (ch < 0x0530)
        return QChar(ch).toLower().unicode();
    return ch;
}

/// True when @p ch ends a sentence: '.', '。' or '．'.
inline bool isFinalMark(char16_t ch)
{
    return ch == u'.' || ch == 0x3002 || ch == 0xFF0E;
}

} // namespace sspilens::messagetext
