// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once
// Internal to the event parsers (events.cpp, events_xml.cpp, events_viewer.cpp,
// events_powershell.cpp): what they share. Not part of core's interface.

#include "events.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace sspilens::eventtext {

bool isBlank(QChar c);
bool isColon(QChar c); ///< ':' or the full-width colon of CJK renderings
QStringView trimmedView(QStringView s);
/// QString::contains(QChar) for a set of a few characters, without the call into a search made
/// for long strings (it runs for every line of a log).
bool containsUnit(const QString &set, QChar c);
/// QChar::toCaseFolded(), without a call for ASCII (the first character of every line).
QChar folded(QChar c);
bool equalsAscii(QStringView a, QStringView b);

/// One line of text: [begin, end) without the line break; next is where the following line starts.
struct Line {
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
    bool complete = false; ///< ended by a line break (not by the end of the text)
};

/// The line that starts at @p from.
Line lineAt(QStringView text, qsizetype from);
bool isBlankLine(QStringView text, const Line &line);
/// @p text [begin, end) without the blanks at its end.
QStringView lineValue(QStringView text, qsizetype begin, qsizetype end);

void addField(EventRecord &event, QString name, qsizetype begin, qsizetype end, QString value);
/// A field whose value is @p text [begin, end) as written.
void addRawField(EventRecord &event, QString name, QStringView text, qsizetype begin, qsizetype end);
/// A date as Event Viewer or PowerShell renders it ("3/14/2025 9:07:52 AM", 「2020/10/10 下午
/// 06:32:37」) as ISO 8601 local time, or empty.
QString isoFromRendered(QStringView written);
quint64 parseUnsigned(QStringView s, bool *ok);
/// Adds the whole message as the field "Message" and reads its labelled lines.
void addMessage(QStringView text, qsizetype begin, qsizetype end, EventRecord &event);

/// An unfinished last line is held back (it may go on in the next piece) only while it may still
/// matter: a line this long that has not shown the start of a property or header never will (both
/// are decided by the first kMaxPropertyLabel characters at most), and holding it would hold every
/// finding of a log written as one long line (wevtutil's XML, a minified JSON) until its end.
constexpr qsizetype kDecidedLine = 4096;

/// parseEventViewerText() and parsePowerShellList() from line start @p start on.
std::vector<EventRecord> parseEventViewerText(QStringView text, qsizetype start, qsizetype *consumed);
std::vector<EventRecord> parsePowerShellList(QStringView text, qsizetype start, qsizetype *consumed);

} // namespace sspilens::eventtext
