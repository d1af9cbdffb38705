// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace sspilens {

struct EventRecord;

/**
 * Masks the names in what SSPI Lens writes out, so that a report can be shared: account and
 * computer names, domains, IPv4 and IPv6 addresses, domain SIDs (S-1-5-21-...) and e-mail
 * addresses. The same name gets the same mask all along one Redactor's life ("alice" is USER-1
 * wherever it appears, "10.0.0.7" IP-1), so a report still shows which failures share an account
 * or a machine. Codes, event IDs, record numbers, times, field names and well-known principals
 * (SYSTEM, NT AUTHORITY, BUILTIN, "-") are never touched.
 *
 * Names are known from the fields of events (learn(): TargetUserName, TargetDomainName,
 * WorkstationName, IpAddress, Computer, ...) and recognised by their shape in any text
 * (text(): DOMAIN\user, user@domain, \\server, host.known-domain, SIDs, addresses). Learn every
 * event before writing the first line when the output must not show a name before it is known
 * (a file name that holds a computer name).
 *
 * Not thread-safe: one Redactor per report.
 */
class Redactor
{
public:
    enum class Kind : quint8 { User, Host, Domain, Ip, Sid, Email };

    /// Learns the names the fields of @p event hold.
    void learn(const EventRecord &event);
    /// Learns @p value as what @p kind says and returns it masked: "CONTOSO\alice" as a User is
    /// "DOMAIN-1\USER-1", "dc01.contoso.local" as a Host "HOST-1.DOMAIN-2", "WS01$" "HOST-3$".
    QString value(Kind kind, QStringView value);
    /// @p value of the field @p field masked as that field's kind, or unchanged when the field
    /// holds no name (Status, LogonType, ...).
    QString field(QStringView field, QStringView value);
    /// @p text with every known name and every name recognised by its shape masked.
    QString text(QStringView text);

    /// Names masked so far.
    qsizetype size() const { return m_masks.size(); }
    /// The kind of name field @p field holds, if any.
    static bool kindOfField(QStringView field, Kind *kind);

private:
    QString mask(Kind kind, QStringView name);
    void remember(const QString &name, const QString &masked);
    /// Length of the known name (longest first) at @p at in @p text, with its mask, or 0.
    qsizetype knownAt(QStringView text, qsizetype at, QString *masked) const;
    qsizetype patternAt(QStringView text, qsizetype at, QString *masked);

    QHash<QString, QString> m_masks;                 ///< name in lower case -> mask
    QHash<QString, std::vector<QString>> m_byPrefix; ///< first two characters -> names, longest first
    QHash<QString, bool> m_domains;                  ///< DNS domains (lower case) known
    std::array<int, 6> m_counters{};
};

} // namespace sspilens
