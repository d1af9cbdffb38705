// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "textdecode.h"

#include <QCoreApplication>

#include <algorithm>

namespace sspilens {

namespace {

constexpr QStringDecoder::Flags kUnicodeFlags =
    QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    }
    return true;
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

} // namespace

QByteArray legacyEncodingFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese: {
        const bool traditional = locale.script() == QLocale::TraditionalChineseScript
                                 || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
                                 || locale.territory() == QLocale::Macao;
        return traditional ? QByteArrayLiteral("Big5") : QByteArrayLiteral("GBK");
    }
    case QLocale::Japanese: return QByteArrayLiteral("Shift_JIS");
    default: return QByteArrayLiteral("windows-1252");
    }
}

QList<TextEncoding> selectableEncodings()
{
    const struct {
        const char *name;
        const char *label;
    } all[] = {
        {"UTF-8", QT_TRANSLATE_NOOP("TextDecode", "Unicode (UTF-8)")},
        {"UTF-16LE", QT_TRANSLATE_NOOP("TextDecode", "Unicode (UTF-16 LE)")},
        {"UTF-16BE", QT_TRANSLATE_NOOP("TextDecode", "Unicode (UTF-16 BE)")},
        {"Big5", QT_TRANSLATE_NOOP("TextDecode", "Traditional Chinese (Big5, CP950)")},
        {"GBK", QT_TRANSLATE_NOOP("TextDecode", "Simplified Chinese (GBK)")},
        {"Shift_JIS", QT_TRANSLATE_NOOP("TextDecode", "Japanese (Shift-JIS)")},
        {"windows-1252", QT_TRANSLATE_NOOP("TextDecode", "Western European (Windows-1252)")},
    };
    QList<TextEncoding> list;
    for (const auto &e : all) {
        if (QStringDecoder(e.name).isValid())
            list.append({QByteArray(e.name), QCoreApplication::translate("TextDecode", e.label)});
    }
    return list;
}

TextDecoder::TextDecoder() = default;

TextDecoder::TextDecoder(const QByteArray &encoding) : m_forced(encoding)
{}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::isValid() const
{
    return m_forced.isEmpty() || QStringDecoder(m_forced.constData()).isValid();
}

// Picks the encoding from the first block. The caller skips the BOM when m_info.hadBom.
void TextDecoder::choose(QByteArrayView head)
{
    QByteArray name;
    if (!m_forced.isEmpty()) {
        const auto builtin = QStringConverter::encodingForName(m_forced.constData());
        if (builtin == QStringConverter::Utf8) {
            m_kind = Kind::Utf8;
            m_info.hadBom = startsWith(head, {0xEF, 0xBB, 0xBF});
        } else if (builtin == QStringConverter::Utf16LE
                   || (builtin == QStringConverter::Utf16 && !startsWith(head, {0xFE, 0xFF}))) {
            m_kind = Kind::Utf16LE;
            m_info.hadBom = startsWith(head, {0xFF, 0xFE});
        } else if (builtin == QStringConverter::Utf16BE || builtin == QStringConverter::Utf16) {
            m_kind = Kind::Utf16BE;
            m_info.hadBom = startsWith(head, {0xFE, 0xFF});
        } else {
            m_kind = Kind::Other;
            m_decoder.emplace(m_forced.constData());
            // ICU knows some aliases (cp950) without a standard name.
            name = m_decoder->isValid() && m_decoder->name() ? QByteArray(m_decoder->name()) : m_forced;
        }
    } else if (startsWith(head, {0xEF, 0xBB, 0xBF})) {
        m_kind = Kind::Utf8;
        m_info.hadBom = m_info.detected = true;
    } else if (startsWith(head, {0xFF, 0xFE})) {
        m_kind = Kind::Utf16LE;
        m_info.hadBom = m_info.detected = true;
    } else if (startsWith(head, {0xFE, 0xFF})) {
        m_kind = Kind::Utf16BE;
        m_info.hadBom = m_info.detected = true;
    } else {
        // BOM-less UTF-16 of mostly ASCII text has a NUL in every other byte.
        const qsizetype pairs = head.size() / 2;
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
            evenZeros += head[i] == '\0' ? 1 : 0;
            oddZeros += head[i + 1] == '\0' ? 1 : 0;
        }
        const auto many = [pairs](qsizetype n) { return pairs > 0 && n * 10 >= pairs * 3; };
        const auto few = [pairs](qsizetype n) { return n * 20 <= pairs; };
        if (many(oddZeros) && few(evenZeros)) {
            m_kind = Kind::Utf16LE;
            m_info.detected = true;
        } else if (many(evenZeros) && few(oddZeros)) {
            m_kind = Kind::Utf16BE;
            m_info.detected = true;
        } else {
            m_kind = Kind::Utf8;
        }
    }
    switch (m_kind) {
    case Kind::Utf8:
        m_decoder.emplace(QStringDecoder::Utf8, kUnicodeFlags);
        name = "UTF-8";
        break;
    case Kind::Utf16LE:
        m_decoder.emplace(QStringDecoder::Utf16LE, kUnicodeFlags);
        name = "UTF-16LE";
        break;
    case Kind::Utf16BE:
        m_decoder.emplace(QStringDecoder::Utf16BE, kUnicodeFlags);
        name = "UTF-16BE";
        break;
    case Kind::Other:
    case Kind::Undecided: break;
    }
    m_info.encoding = name;
}

// The longest prefix of @p bytes that ends on a character boundary (UTF-8 and UTF-16 only).
qsizetype TextDecoder::completePrefix(QByteArrayView bytes) const
{
    const qsizetype n = bytes.size();
    if (m_kind == Kind::Utf8) {
        for (qsizetype i = n - 1; i >= 0 && i >= n - 4; --i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            if ((b & 0xC0) == 0x80)
                continue;
            const qsizetype len = b >= 0xF8 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return i + len > n ? i : n;
        }
        return n;
    }
    qsizetype even = n & ~qsizetype(1);
    if (even >= 2) {
        const auto a = static_cast<unsigned char>(bytes[even - 2]);
        const auto b = static_cast<unsigned char>(bytes[even - 1]);
        const auto unit = char16_t(m_kind == Kind::Utf16LE ? (b << 8) | a : (a << 8) | b);
        if (isHighSurrogate(unit))
            even -= 2;
    }
    return even;
}

void TextDecoder::convert(QByteArrayView bytes, QString &out, bool atEnd)
{
    const qsizetype before = out.size();
    const auto append = [this, &out](QByteArrayView data) {
        if (data.isEmpty())
            return;
        const qsizetype old = out.size();
        out.resize(old + m_decoder->requiredSpace(data.size()));
        QChar *end = m_decoder->appendToBuffer(out.data() + old, data);
        out.resize(end - out.constData());
    };

    if (m_kind == Kind::Other) {
        if (!m_decoder->isValid()) {
            // An encoding this build cannot decode: keep going rather than fail.
            m_decoder.emplace(QStringDecoder::Utf8);
            m_info.invalidBytes = true;
        }
        if (!m_heldSurrogate.isNull()) {
            out.append(m_heldSurrogate);
            m_heldSurrogate = QChar();
        }
        append(bytes);
        if (!atEnd && out.size() > before && isHighSurrogate(out.back().unicode())) {
            m_heldSurrogate = out.back();
            out.chop(1);
        }
        m_info.invalidBytes = m_info.invalidBytes || m_decoder->hasError();
    } else {
        // Whole characters only: a tail that may continue in the next piece waits in m_held.
        QByteArray joined;
        QByteArrayView data = bytes;
        if (!m_held.isEmpty()) {
            joined = m_held + QByteArray(bytes.data(), bytes.size());
            m_held.clear();
            data = joined;
        }
        const qsizetype cut = atEnd ? data.size() : completePrefix(data);
        if (atEnd && m_kind != Kind::Utf8) {
            const qsizetype even = data.size() & ~qsizetype(1);
            append(data.first(even));
            if (even != data.size()) {
                out.append(QChar(QChar::ReplacementCharacter));
                m_info.invalidBytes = true;
            }
        } else {
            append(data.first(cut));
            if (cut < data.size())
                m_held = data.sliced(cut).toByteArray();
        }
        m_info.invalidBytes = m_info.invalidBytes || m_decoder->hasError();
    }

    if (!m_firstBlockChecked && out.size() > before) {
        m_firstBlockChecked = true;
        const qsizetype end = std::min(out.size(), before + detectionSize);
        qsizetype suspicious = 0;
        for (qsizetype i = before; i < end; ++i) {
            const char16_t u = out.at(i).unicode();
            const bool control =
                (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1B)
                || u == 0x7F;
            if (control || u == QChar::ReplacementCharacter)
                ++suspicious;
        }
        m_info.looksBinary = suspicious * 10 > end - before;
    }
}

void TextDecoder::decode(QByteArrayView bytes, QString &out)
{
    if (m_kind != Kind::Undecided) {
        convert(bytes, out, false);
        return;
    }
    if (m_held.size() + bytes.size() < detectionSize) {
        m_held.append(bytes.data(), bytes.size());
        return;
    }
    QByteArray joined;
    QByteArrayView head = bytes;
    if (!m_held.isEmpty()) {
        joined = m_held + QByteArray(bytes.data(), bytes.size());
        m_held.clear();
        head = joined;
    }
    choose(head);
    const qsizetype bom = m_info.hadBom ? (m_kind == Kind::Utf8 ? 3 : 2) : 0;
    convert(head.sliced(bom), out, false);
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    QString out;
    decode(bytes, out);
    return out;
}

void TextDecoder::finish(QString &out)
{
    if (m_kind == Kind::Undecided) {
        const QByteArray head = m_held;
        m_held.clear();
        choose(head);
        const qsizetype bom = m_info.hadBom ? (m_kind == Kind::Utf8 ? 3 : 2) : 0;
        convert(QByteArrayView(head).sliced(bom), out, true);
        return;
    }
    convert({}, out, true);
    if (!m_heldSurrogate.isNull()) {
        out.append(m_heldSurrogate);
        m_heldSurrogate = QChar();
    }
}

QString TextDecoder::finish()
{
    QString out;
    finish(out);
    return out;
}

QString decodeText(QByteArrayView bytes, DecodeInfo *info, const QByteArray &encoding)
{
    TextDecoder decoder(encoding);
    QString text;
    text.reserve(bytes.size());
    decoder.decode(bytes, text);
    decoder.finish(text);
    if (info)
        *info = decoder.info();
    return text;
}

} // namespace sspilens
