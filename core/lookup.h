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

/// The family a key names: familyKey() in any case ("kerberos", "TLS-Alert"), also without the
/// hyphen ("tlsalert", "tls_alert"); nothing when no family has that key.
std::optional<Family> familyFromKey(QStringView key);
/// Every family key, in family order ("sspi", "ntstatus", ...), for messages that list them.
QStringList familyKeys();

/// "FAMILY:VALUE" split in two: "kerberos:0x18" -> ("kerberos", "0x18"). Only when the part before
/// the first colon is one word of letters (hyphens and underscores allowed) and the part after it
/// is a number parseStatusValue() reads, so that "error:0A000410:SSL routines" or a sentence with
/// a colon is not taken for one. The family may be unknown: see familyFromKey().
struct QualifiedToken {
    QString familyName;
    quint32 value = 0;
};
std::optional<QualifiedToken> splitQualifiedToken(QStringView token);

/// The result of looking up one token.
struct LookupResult {
    enum class Status {
        Found,           ///< one catalog entry, or the entries a message text or word search found
        SeveralMeanings, ///< a bare number that several families hold: one code per family, none preferred
        NotInFamily,     ///< FAMILY:VALUE and that family holds no such value (anatomy where it applies)
        UnknownFamily,   ///< FAMILY:VALUE with a family no catalog has (a usage error on the command line)
        UnassignedSspi,  ///< a value in the SSPI block that no macro names
        NotSspi,         ///< a valid 32-bit value outside the catalog: see anatomy
        NotFound,        ///< text that matches nothing
        Empty,           ///< nothing typed
    };
    enum class Match { None, Value, Symbol, ExactSymbol, Message, Text };
    /// How the value typed relates to the code found: itself, or a wrapped form of it.
    enum class Via {
        Direct,
        HResultFromWin32, ///< 0x8007xxxx (or HRESULT_FROM_WIN32(NAME)) of a Win32 error of the catalog
        HResultFromNt,    ///< 0xDxxxxxxx (or HRESULT_FROM_NT(NAME)): an NTSTATUS with the N bit
    };

    QString input;
    Status status = Status::Empty;
    Match match = Match::None;
    Via via = Via::Direct;
    QList<const StatusCode *> codes;
    std::optional<quint32> value; ///< the number typed (before unwrapping)
    std::optional<Family> family; ///< the family FAMILY:VALUE named
    QString familyName;           ///< the family as typed (for UnknownFamily)
    ValueAnatomy anatomy;         ///< filled whenever value is set
    bool anatomyApplies = false;  ///< the anatomy says something (not for "kerberos:99")

    bool found() const { return status == Status::Found || status == Status::SeveralMeanings; }
    /// A translated sentence on how the typed value wraps the code found (HRESULT_FROM_WIN32 or
    /// HRESULT_FROM_NT); empty for Via::Direct.
    QString note() const;
};

/// Looks up what a person typed. Order: FAMILY:VALUE ("kerberos:0x18", "tls-alert:40",
/// "win32:1326"); numeric value (a number below 0x10000 lists every family that holds it; a full
/// 32-bit value that no family holds is unwrapped from HRESULT_FROM_WIN32 / HRESULT_FROM_NT);
/// "=NAME" exact symbol; symbol or alias in any case and spacing, HRESULT_FROM_WIN32(NAME) and
/// HRESULT_FROM_NT(NAME); Windows message text and fingerprints; substring of symbols and texts
/// (English and the current UI language).
LookupResult lookupToken(QStringView token, const Catalog &catalog);
LookupResult lookupToken(QStringView token);

/// The search-box rule shared by the GUI and lookup's substring mode: a code matches when the
/// query is an exact numeric value in any form (in every family: "0x18" finds Kerberos 0x18; the
/// HRESULT forms 0x8007052E and 0xD000006A find Win32 1326 and STATUS_WRONG_PASSWORD), a
/// partial hex value (five or more digits: anywhere in the eight digits; fewer: the start of the
/// eight digits of SSPI, NTSTATUS and HRESULT values, and with "0x" or a hex letter the start of a
/// Kerberos, TLS alert or Win32 number), a partial signed or unsigned decimal (five digits or
/// fewer: its start), a partial symbol or alias in any case and spacing, or when every word of the
/// query occurs in the meaning or explanation (English or translated). "FAMILY:QUERY"
/// ("kerberos:0x18", "win32:13", "tls-alert:") keeps the codes of that family that match QUERY.
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
    std::optional<Family> m_family; ///< from "FAMILY:QUERY"
    bool m_shortHex = false;        ///< fewer than five hex digits: match starts, not substrings
    bool m_smallHex = false;        ///< the short hex may be a Kerberos, TLS alert or Win32 number
    bool m_shortDecimal = false;    ///< five digits or fewer, no sign: match starts
    bool m_familyOnly = false;      ///< "FAMILY:" with nothing after it
    QStringList m_words;            ///< lower-case words for the text match
};

} // namespace sspilens
