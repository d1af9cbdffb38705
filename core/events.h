// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace sspilens {

/// Where an event record was read from.
enum class EventSource : quint8 {
    EventXml,        ///< <Event> XML: wevtutil qe /f:xml, Event Viewer "Save as XML", the XML view
    EventViewerText, ///< Event Viewer "Copy details as text" blocks or its tab-delimited "Save as Text"
    PowerShellList,  ///< Get-WinEvent ... | Format-List
    Evtx,            ///< a binary .evtx log read through libevtx (offsets refer to the record's XML)
};

/// One named value of an event: an EventData/UserData item of the XML, or a "Label:<tab>value"
/// line of the rendered message.
struct EventField {
    /// The name the event's XML gives the value ("Status", "SubStatus", "TargetUserName") when it
    /// is known; for a message line whose label we do not know, the label as written; "%1", "%2"...
    /// for unnamed <Data> items (the message's insertion strings, counted from 1).
    QString name;
    /// The value: as written for text, with XML character references decoded for XML.
    QString value;
    /// Where the value is in the text it was parsed from, in UTF-16 code units. For XML this is the
    /// raw span, so it differs from value only where the source escapes characters (&amp;).
    qint64 valueOffset = -1;
    qint64 valueLength = 0;
};

/// One event, from whatever form it was pasted or saved in.
struct EventRecord {
    quint32 eventId = 0; ///< 0 when the source does not give one
    quint64 record = 0;  ///< EventRecordID / RecordId; 0 when the source does not give one
    /// ISO 8601 as written (XML SystemTime, with its "Z" for UTC). Rendered local dates of text and
    /// PowerShell output are turned into ISO 8601 without a zone when their form is unambiguous
    /// ("2024/6/4 下午 02:03:04", "6/4/2024 2:03:04 PM"); otherwise they are kept as written.
    QString time;
    QString level;    ///< as written: "Error", "錯誤", "2"
    QString provider; ///< Provider Name / Source / ProviderName
    QString channel;  ///< Channel / Log Name / LogName
    QString computer;
    std::vector<EventField> fields;
    qint64 offset = 0; ///< span of the whole event in the source text (UTF-16 code units)
    qint64 length = 0;
    EventSource source = EventSource::EventXml;
    /// The event's source text (its XML, its Event Viewer block, its PowerShell record) where the
    /// reader keeps it: LogReader does for the events that carry a finding. Field offsets stay
    /// those of the whole text (subtract @c offset to index this one).
    QString text;

    /// The first field named @p name (ASCII case-insensitive), or an empty string.
    QString field(QStringView name) const;
    /// The first field named @p name, or nullptr.
    const EventField *findField(QStringView name) const;
    /// The account the event is about: TargetUserName (with TargetDomainName as "DOMAIN\user"
    /// unless the name already carries a domain), else SubjectUserName (with SubjectDomainName).
    /// "-" and empty values count as absent.
    QString account() const;
};

/// Event XML: single <Event> elements, an <Events> export, or several events concatenated without
/// a root (wevtutil qe output); any namespace prefix. Reads System (Provider Name, EventID,
/// EventRecordID, TimeCreated SystemTime, Level, Channel, Computer), EventData and UserData values
/// (named and unnamed <Data>, other UserData leaves by element name, their attributes as
/// "Element.attribute") and RenderingInfo (Message as a field, Level as the level).
///
/// A hand-written scanner in one pass, linear in the text; garbage is skipped, an event cut at the
/// end is returned with what it has. When @p consumed is given the text is treated as one piece of
/// a stream: an event that is not closed by the end of the text is not returned and *consumed is
/// set to where it starts (text.size() when nothing is pending), so the caller can keep the text
/// from there and call again with more.
std::vector<EventRecord> parseEventXml(QStringView text, qsizetype *consumed = nullptr);

/// Event Viewer text: "Copy details as text" blocks ("Log Name:", "Source:", "Date:", "Event ID:",
/// ... "Description:" and the message, in English, zh-TW or zh-CN) and the tab-delimited "Save as
/// Text" table ("Level<TAB>Date and Time<TAB>Source<TAB>Event ID<TAB>Task Category"). The
/// message's "Label:<tab>value" lines become fields named as the event's XML names them where the
/// label is known (4625 "Sub Status:" / 「子狀態:」 / 「子状态:」 -> "SubStatus"); the whole message is
/// the field "Message". An "Event Xml:" part of a block adds its record number, channel and XML
/// fields. With @p consumed, the last block is held back (it may go on in the next piece), and an
/// unfinished last line unless it is thousands of characters long without being a header.
std::vector<EventRecord> parseEventViewerText(QStringView text, qsizetype *consumed = nullptr);

/// PowerShell Format-List output of event records: "TimeCreated  : ...", "ProviderName : ...",
/// "Id           : 4625", "Message      : An account failed to log on." and the message's
/// continuation lines (read as in parseEventViewerText), plus RecordId, LogName, MachineName,
/// LevelDisplayName and any other one-line property (as a field of that name) of "Format-List *".
/// With @p consumed, the last record is held back, and an unfinished last line unless it is
/// thousands of characters long without being a property.
std::vector<EventRecord> parsePowerShellList(QStringView text, qsizetype *consumed = nullptr);

/// All three parsers over one text, in order of offset. An event that Event Viewer text shows
/// twice (its block and its "Event Xml:") is one record. With @p consumed, nothing at or after
/// the earliest pending event is returned; an unfinished last line is pending only while it may
/// still start an event (a line of thousands of characters that has not is not held back).
/// @p startsMidLine: the text is a stream's piece that starts inside a line whose start an
/// earlier piece had (*consumed fell there): the line parsers skip that rest of a line.
std::vector<EventRecord> parseEvents(QStringView text, qsizetype *consumed = nullptr, bool startsMidLine = false);

/// True when @p head (the first bytes of a file) starts with the .evtx signature "ElfFile\0".
bool looksLikeEvtx(QByteArrayView head);

/// "Event XML", "Event Viewer text", ... (translated, context "Events").
QString eventSourceName(EventSource source);

} // namespace sspilens
