// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "statuscode.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace sspilens {

/// The immutable table of known codes. Built once, read-only afterwards, safe to share between
/// threads. Aliases (two macros with one value) are folded into one entry that lists both names.
class Catalog
{
public:
    /// The process-wide catalog.
    static const Catalog &instance();

    /// All entries, sorted by family then value.
    const std::vector<StatusCode> &codes() const { return m_codes; }
    int size() const { return static_cast<int>(m_codes.size()); }

    /// The entry of (family, value), or nullptr. The default family keeps SSPI call sites short.
    const StatusCode *byValue(quint32 value, Family family = Family::Sspi) const;
    /// Every entry with this value, whatever its family (a bare 0x18 or 40 means something in
    /// several families), in family order.
    QList<const StatusCode *> allByValue(quint32 value) const;
    /// The entry whose symbol or alias equals @p symbol in any case and spacing (compared by
    /// symbolSearchKey()), or nullptr.
    const StatusCode *bySymbol(QStringView symbol) const;
    /// The entries whose Windows message text equals @p text after normalisation (case, white
    /// space, trailing period); errors first. Two pairs of codes share one text.
    QList<const StatusCode *> byMessage(QStringView text) const;

    /// The catalog entry a related code names (by symbol within its family, else by value), or
    /// nullptr when the catalog does not hold it.
    const StatusCode *entryOf(const RelatedCode &related) const;
    /// The value of a related code: the catalog's when it holds the code, the stored one otherwise.
    quint32 valueOf(const RelatedCode &related) const;

    /// Number of macro names (symbols plus aliases) in the catalog.
    int nameCount() const;

    /// True when @p value lies in the SSPI block of the security facility
    /// (0x80090300-0x800903FF errors, 0x00090300-0x000903FF informational).
    static bool inSspiRange(quint32 value);

    /// Lower-case, single-spaced, no trailing period: the form message texts are compared in.
    static QString normaliseMessage(QStringView text);

    /// The key of a code's identity (family, value) in one number.
    static quint64 identity(Family family, quint32 value);

private:
    Catalog();
    std::vector<StatusCode> m_codes;
    QHash<quint64, int> m_byValue;
    QHash<QString, int> m_bySymbol;
    QHash<QString, QList<int>> m_byMessage;
};

/// Upper-case, without white space, underscores or hyphens: the form symbols are compared in, so
/// that "sec_e_untrusted_root" and "SEC _ E _ UNTRUSTED _ ROOT" both find SEC_E_UNTRUSTED_ROOT.
QString symbolSearchKey(QStringView text);

/// The raw data of every family (catalog/*.cpp), unsorted.
std::vector<StatusCode> catalogData();

} // namespace sspilens
