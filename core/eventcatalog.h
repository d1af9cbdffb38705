// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "statuscode.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace sspilens {

/// A field of an event that carries a code, and the code's family.
struct EventCodeField {
    const char *field = nullptr; ///< the XML name ("SubStatus"); "%1" for a classic event's insertion string
    /// What the number is, the usual reading first. Two families where the event passes on
    /// whatever a lower layer returned (Schannel's "error code" is an SEC_E_* or a CERT_E_/CRYPT_E_).
    std::vector<Family> families;
};

/// An authentication event known by name.
struct KnownEvent {
    std::vector<const char *> providers; ///< provider or source names as logs write them
    quint32 id = 0;
    /// True when the ID alone names this event in a log that does not say the provider (Security
    /// 46xx/47xx, Schannel 368xx); false for small IDs that many providers use (Kerberos 4).
    bool idAlone = false;
    const char *name = nullptr;      ///< short name in our words (context "Events")
    const char *howToRead = nullptr; ///< one paragraph: which numbers matter and what they are (context "Events")
    std::vector<EventCodeField> codeFields;
    /// Numeric fields that look like codes and are not (Logon Type, Ticket Encryption Type, ...).
    std::vector<const char *> notCodes;
};

/// The authentication events SSPI Lens knows: Security 4624/4625/4648/4740/4768/4769/4771/4776,
/// the Kerberos and KDC System events Microsoft's troubleshooting pages name (4, 14, 16, 27) and
/// Schannel 36864-36912. Immutable; safe to share between threads.
class EventCatalog
{
public:
    static const std::vector<KnownEvent> &events();

    /// The event @p id of @p provider (case-insensitive); with an empty provider only events
    /// whose ID alone names them are found.
    static const KnownEvent *find(QStringView provider, quint32 id);
    static const KnownEvent *find(const EventRecord &event);

    /// The families of the code in @p field of @p event; empty when the field carries no code.
    static std::vector<Family> familiesOf(const EventRecord &event, QStringView field);
    /// True when @p field of @p event is a number that is known not to be a code.
    static bool isNotCode(const EventRecord &event, QStringView field);
};

/// Translates a text of the event catalog (context "Events") into the current UI language.
QString trEvents(const char *source);

} // namespace sspilens
