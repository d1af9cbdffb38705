// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "hresult.h"
#include "statuscode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sspilens {

/// Parses a number the way people paste them: "0x80090325", "0X8009030c", "80090325" (bare hex of
/// eight digits), "0xFFFFFFFF80090326" (sign-extended 64-bit), "-2146893019", "2148074277",
/// "0x80090325L", "#80090325". Returns the 32-bit value, or nothing when @p token is not a number
/// or does not fit in 32 bits.
std::optional<quint32> parseStatusValue(QStringView token);

/// The result of looking up one token.
struct LookupResult {
    enum class Status {
        Found,          ///< one or more catalog entries
        UnassignedSspi, ///< a value in the SSPI block that no macro names
        NotSspi,        ///< a valid 32-bit value outside the catalog: see anatomy
        NotFound,       ///< text that matches nothing
        Empty,          ///< nothing typed
    };
    enum class Match { None, Value, Symbol, ExactSymbol, Message, Text };

    QString input;
    Status status = Status::Empty;
    Match match = Match::None;
    QList<const StatusCode *> codes;
    std::optional<quint32> value;
    ValueAnatomy anatomy; ///< filled whenever value is set

    bool found() const { return status == Status::Found; }
};

/// Looks up what a person typed. Order: numeric value; "=NAME" exact symbol; symbol or alias in any
/// case and spacing; Windows message text; substring of symbols and texts (English and the current
/// UI language).
LookupResult lookupToken(QStringView token, const Catalog &catalog);
LookupResult lookupToken(QStringView token);

/// The search-box rule shared by the GUI and lookup's substring mode: a code matches when the
/// query is a partial hex value (with or without 0x), a partial signed or unsigned decimal, an
/// exact numeric value in any form, a partial symbol or alias in any case and spacing, or when
/// every word of the query occurs in the meaning or explanation (English or translated).
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(const QString &text);

    bool isEmpty() const { return m_text.isEmpty(); }
    QString text() const { return m_text; }
    bool matches(const StatusCode &code) const;

private:
    QString m_text;
    QString m_symbolKey;
    QString m_hexDigits; ///< upper-case hex digits when the query could be a partial hex value
    QString m_decimal;   ///< the query when it could be a partial decimal ("-2146893", "2148")
    std::optional<quint32> m_value;
    QStringList m_words; ///< lower-case words for the text match
};

} // namespace sspilens
