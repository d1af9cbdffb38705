// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "lookup.h"

#include "catalog.h"

#include <QCoreApplication>

namespace sspilens {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool allOf(QStringView s, bool (*pred)(QChar))
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}

bool isDecimalDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

std::optional<quint32> parseHexDigits(QStringView digits)
{
    // Strip leading zeros so that "00000000FFFFFFFF" style padding is accepted.
    while (digits.size() > 8 && digits.front() == u'0')
        digits = digits.mid(1);
    if (digits.isEmpty() || digits.size() > 16 || !allOf(digits, isHexDigit))
        return std::nullopt;
    bool ok = false;
    const qulonglong v = digits.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    if (v <= 0xFFFFFFFFull)
        return static_cast<quint32>(v);
    // Sign-extended 64-bit form of a negative 32-bit value: 0xFFFFFFFF8009xxxx.
    if ((v >> 32) == 0xFFFFFFFFull && (v & 0x80000000ull))
        return static_cast<quint32>(v & 0xFFFFFFFFull);
    return std::nullopt;
}

QString lowerFolded(QStringView s)
{
    return s.toString().toCaseFolded();
}

} // namespace

std::optional<quint32> parseStatusValue(QStringView token)
{
    QStringView t = token.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.startsWith(u'#'))
        t = t.mid(1);
    // C suffixes people paste from headers (0x80090325L, 0x80090325UL); neither letter is a hex digit.
    while (t.size() > 1 && (t.back() == u'L' || t.back() == u'l' || t.back() == u'U' || t.back() == u'u'))
        t.chop(1);
    if (t.startsWith(u"0x", Qt::CaseInsensitive))
        return parseHexDigits(t.mid(2));
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        const QStringView digits = t.mid(1);
        if (!allOf(digits, isDecimalDigit) || digits.size() > 11)
            return std::nullopt;
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok, 10);
        if (!ok || v < -2147483648LL || v > 4294967295LL)
            return std::nullopt;
        return static_cast<quint32>(static_cast<qint64>(v) & 0xFFFFFFFFLL);
    }
    // Eight hex digits without prefix are how LDAP, netsh and event logs print codes; a
    // ten-digit decimal can never be mistaken for that.
    if (t.size() == 8 && allOf(t, isHexDigit))
        return parseHexDigits(t);
    if (t.size() == 16 && allOf(t, isHexDigit))
        return parseHexDigits(t);
    if (allOf(t, isDecimalDigit) && t.size() <= 10) {
        bool ok = false;
        const qulonglong v = t.toULongLong(&ok, 10);
        if (!ok || v > 0xFFFFFFFFull)
            return std::nullopt;
        return static_cast<quint32>(v);
    }
    return std::nullopt;
}

SearchQuery::SearchQuery(const QString &text) : m_text(text.trimmed())
{
    if (m_text.isEmpty())
        return;
    m_symbolKey = symbolSearchKey(m_text);
    m_value = parseStatusValue(m_text);

    QStringView hex = m_text;
    if (hex.startsWith(u"0x", Qt::CaseInsensitive))
        hex = hex.mid(2);
    if (allOf(hex, isHexDigit))
        m_hexDigits = hex.toString().toUpper();

    QStringView dec = m_text;
    if (dec.startsWith(u'-'))
        dec = dec.mid(1);
    if (allOf(dec, isDecimalDigit))
        m_decimal = m_text;

    // A query with digits is a number: matching it against prose would find values that an
    // explanation merely mentions.
    bool hasDigit = false;
    for (QChar c : m_text)
        hasDigit = hasDigit || c.isDigit();
    if (!hasDigit) {
        const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            m_words << w.toCaseFolded();
    }
}

bool SearchQuery::matches(const StatusCode &code) const
{
    if (m_text.isEmpty())
        return true;
    if (m_value && *m_value == code.value)
        return true;
    if (!m_hexDigits.isEmpty()
        && QString::number(code.value, 16).rightJustified(8, QLatin1Char('0')).toUpper().contains(m_hexDigits))
        return true;
    if (!m_decimal.isEmpty()) {
        if (QString::number(code.signedValue()).contains(m_decimal)
            || QString::number(code.unsignedValue()).contains(m_decimal))
            return true;
    }
    if (!m_symbolKey.isEmpty()) {
        for (const QString &name : code.allNames()) {
            if (symbolSearchKey(name).contains(m_symbolKey))
                return true;
        }
    }
    if (m_words.isEmpty())
        return false;
    // Words of the texts in English and in the current language.
    QString haystack;
    for (const char *text : {code.meaning, code.explanation, code.windowsMessage}) {
        if (!text)
            continue;
        haystack += lowerFolded(QString::fromUtf8(text));
        haystack += QLatin1Char('\n');
        if (text != code.windowsMessage) {
            haystack += lowerFolded(trCatalog(text));
            haystack += QLatin1Char('\n');
        }
    }
    for (const QString &name : code.allNames())
        haystack += name.toCaseFolded() + QLatin1Char('\n');
    // Windows' own texts in other languages (issue 14): 「目標主體名稱不正確」 finds SEC_E_WRONG_PRINCIPAL.
    for (const LocalizedMessage *localized : Catalog::instance().localizedMessages(code))
        haystack += lowerFolded(QString::fromUtf8(localized->text)) + QLatin1Char('\n');
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

LookupResult lookupToken(QStringView token)
{
    return lookupToken(token, Catalog::instance());
}

LookupResult lookupToken(QStringView token, const Catalog &catalog)
{
    LookupResult r;
    r.input = token.toString();
    const QString t = token.trimmed().toString();
    if (t.isEmpty())
        return r;

    if (const auto v = parseStatusValue(t)) {
        r.value = v;
        r.anatomy = analyseValue(*v);
        r.match = LookupResult::Match::Value;
        if (const StatusCode *c = catalog.byValue(*v)) {
            r.status = LookupResult::Status::Found;
            r.codes << c;
        } else if (Catalog::inSspiRange(*v)) {
            r.status = LookupResult::Status::UnassignedSspi;
        } else {
            r.status = LookupResult::Status::NotSspi;
        }
        return r;
    }

    if (t.startsWith(QLatin1Char('='))) {
        r.match = LookupResult::Match::ExactSymbol;
        const QString name = t.mid(1).trimmed();
        for (const StatusCode &c : catalog.codes()) {
            for (const QString &n : c.allNames()) {
                if (n.compare(name, Qt::CaseInsensitive) == 0) {
                    r.codes << &c;
                    break;
                }
            }
        }
        r.status = r.codes.isEmpty() ? LookupResult::Status::NotFound : LookupResult::Status::Found;
        return r;
    }

    // Any case and spacing: "sec_e_untrusted_root", "SEC _ E _ UNTRUSTED _ ROOT".
    if (const StatusCode *c = catalog.bySymbol(t)) {
        r.match = LookupResult::Match::Symbol;
        r.status = LookupResult::Status::Found;
        r.codes << c;
        return r;
    }

    const QList<const StatusCode *> byMessage = catalog.byMessage(t);
    if (!byMessage.isEmpty()) {
        r.match = LookupResult::Match::Message;
        r.status = LookupResult::Status::Found;
        r.codes = byMessage;
        return r;
    }

    const SearchQuery query(t);
    for (const StatusCode &c : catalog.codes()) {
        if (query.matches(c))
            r.codes << &c;
    }
    r.match = LookupResult::Match::Text;
    r.status = r.codes.isEmpty() ? LookupResult::Status::NotFound : LookupResult::Status::Found;
    return r;
}

} // namespace sspilens
