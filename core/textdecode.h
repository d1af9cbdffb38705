// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace sspilens {

/// An encoding offered for "Reopen with encoding".
struct TextEncoding {
    QByteArray name;     ///< what QStringDecoder accepts, e.g. "UTF-16LE", "Big5"
    QString displayName; ///< translated, e.g. "Traditional Chinese (Big5, CP950)"
};

/// UTF-8, UTF-16 LE, UTF-16 BE, Big5 (CP950), GBK, Shift-JIS and Windows-1252, in that order.
/// The legacy code pages come from ICU; an encoding this Qt build cannot decode is left out.
QList<TextEncoding> selectableEncodings();

/// The legacy code page a console in @p locale's language writes, for text that is neither UTF-8
/// nor UTF-16: Big5 for Traditional Chinese (Taiwan, Hong Kong, Macau, Hant script), GBK for
/// Simplified Chinese, Shift_JIS for Japanese, windows-1252 otherwise.
QByteArray legacyEncodingFor(const QLocale &locale);

/// What a TextDecoder found out about its input.
struct DecodeInfo {
    QByteArray encoding;       ///< the encoding used, as in TextEncoding::name
    bool hadBom = false;       ///< the input started with a byte order mark (not part of the text)
    bool detected = false;     ///< chosen from a BOM or the UTF-16 NUL pattern, not given or assumed
    bool invalidBytes = false; ///< some bytes were not valid and became U+FFFD
    bool looksBinary = false;  ///< many NULs or control characters in the first block
};

/**
 * Turns bytes into text, piece by piece, in bounded memory.
 *
 * Without a given encoding it looks at the first block: a BOM (UTF-8, UTF-16 LE/BE), else the
 * pattern of NUL bytes of BOM-less UTF-16 (PowerShell 5 and Event Viewer exports), else UTF-8.
 * Invalid bytes become U+FFFD and are reported; nothing is ever fatal. A piece of text returned
 * never ends inside a multi-byte sequence or a surrogate pair: the tail waits for the next
 * piece.
 */
class TextDecoder
{
public:
    /// Bytes looked at before choosing an encoding (fewer if the input is shorter).
    static constexpr qsizetype detectionSize = 4096;

    /// Detects the encoding.
    TextDecoder();
    /// Decodes as @p encoding (a name QStringDecoder knows, e.g. from selectableEncodings());
    /// a BOM of that encoding at the start is skipped.
    explicit TextDecoder(const QByteArray &encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    /// False when the given encoding is unknown to this Qt build.
    bool isValid() const;

    /// Decodes the next piece of input and appends the text to @p out.
    void decode(QByteArrayView bytes, QString &out);
    QString decode(QByteArrayView bytes);
    /// Ends the input: decodes what was held back; an incomplete sequence becomes U+FFFD.
    void finish(QString &out);
    QString finish();

    /// Valid once the encoding is chosen (after detectionSize bytes or finish()).
    const DecodeInfo &info() const { return m_info; }

private:
    enum class Kind { Undecided, Utf8, Utf16LE, Utf16BE, Other };
    void choose(QByteArrayView head);
    void convert(QByteArrayView bytes, QString &out, bool atEnd);
    qsizetype completePrefix(QByteArrayView bytes) const;

    Kind m_kind = Kind::Undecided;
    QByteArray m_forced;
    QByteArray m_held; ///< bytes waiting: detection block or an incomplete sequence
    /// Stateless for UTF-8/16 (we cut at boundaries), stateful else. Emplaced, never assigned: Qt 6.4
    /// loses the invalid-byte count of a moved ICU decoder.
    std::optional<QStringDecoder> m_decoder;
    QChar m_heldSurrogate; ///< a high surrogate from a stateful decoder, waiting for its pair
    bool m_firstBlockChecked = false;
    DecodeInfo m_info;
};

/// Decodes a whole byte array (see TextDecoder); @p encoding empty means detect.
QString decodeText(QByteArrayView bytes, DecodeInfo *info = nullptr, const QByteArray &encoding = {});

} // namespace sspilens
