// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// PowerShell Format-List output of event records.
#include "events.h"

#include "events_p.h"

#include <QList>

#include <algorithm>

namespace sspilens {

using namespace eventtext;

namespace {

// ---------------------------------------------------------------------------------------------
// PowerShell Format-List
// ---------------------------------------------------------------------------------------------

/// "Name<spaces>: value" at column 0: the property's name and where its value starts. The colon
/// comes within kMaxPropertyLabel characters (Format-List pads the names of one record to the
/// longest), so that whether a line is a property is known from its start.
constexpr qsizetype kMaxPropertyLabel = 256;

bool matchProperty(QStringView text, const Line &line, QStringView *name, qsizetype *valueBegin)
{
    qsizetype i = line.begin;
    const qsizetype labelEnd = std::min(line.end, line.begin + kMaxPropertyLabel);
    if (i >= line.end || !text[i].isLetter() || text[i].unicode() > 127)
        return false;
    while (i < labelEnd && text[i].unicode() < 128 && text[i].isLetterOrNumber())
        ++i;
    const qsizetype nameEnd = i;
    if (i >= labelEnd || text[i] != u' ')
        return false;
    while (i < labelEnd && text[i] == u' ')
        ++i;
    if (i >= labelEnd || text[i] != u':')
        return false;
    ++i;
    if (i < line.end && text[i] != u' ')
        return false;
    if (i < line.end)
        ++i;
    *name = text.sliced(line.begin, nameEnd - line.begin);
    *valueBegin = i;
    return true;
}

struct PsProperty {
    QStringView name;
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0; ///< end of its last line (continuation lines included)
};

void finishPsRecord(QStringView text, const std::vector<PsProperty> &props, qsizetype begin, qsizetype end,
                    std::vector<EventRecord> &out)
{
    EventRecord ev;
    ev.source = EventSource::PowerShellList;
    ev.offset = begin;
    bool hasId = false;
    bool hasOther = false;
    bool levelFromDisplayName = false;
    for (const PsProperty &p : props) {
        qsizetype lineEnd = lineAt(text, p.valueBegin).end;
        lineEnd = std::min(lineEnd, p.valueEnd);
        const QStringView first = lineValue(text, p.valueBegin, lineEnd);
        if (p.name == u"Id") {
            bool ok = false;
            const quint64 id = parseUnsigned(first, &ok);
            if (ok && id <= 0xFFFFFFFFu) {
                ev.eventId = static_cast<quint32>(id);
                hasId = true;
            }
        } else if (p.name == u"TimeCreated") {
            ev.time = isoFromRendered(first);
            hasOther = true;
        } else if (p.name == u"ProviderName") {
            ev.provider = first.toString();
            hasOther = true;
        } else if (p.name == u"RecordId") {
            bool ok = false;
            const quint64 rec = parseUnsigned(first, &ok);
            if (ok)
                ev.record = rec;
        } else if (p.name == u"LogName") {
            ev.channel = first.toString();
        } else if (p.name == u"MachineName") {
            ev.computer = first.toString();
        } else if (p.name == u"LevelDisplayName") {
            ev.level = first.toString();
            levelFromDisplayName = true;
        } else if (p.name == u"Level") {
            if (!levelFromDisplayName)
                ev.level = first.toString();
        } else if (p.name == u"Message") {
            hasOther = true;
        } else if (!first.isEmpty()) {
            addRawField(ev, p.name.toString(), text, p.valueBegin, p.valueBegin + first.size());
        }
    }
    if (!hasId || !hasOther)
        return;
    for (const PsProperty &p : props) {
        if (p.name == u"Message")
            addMessage(text, p.valueBegin, p.valueEnd, ev);
    }
    while (end > begin && isBlank(text[end - 1]))
        --end;
    ev.length = end - begin;
    out.push_back(std::move(ev));
}

} // namespace

namespace eventtext {

std::vector<EventRecord> parsePowerShellList(QStringView text, qsizetype start, qsizetype *consumed)
{
    std::vector<EventRecord> out;
    std::vector<PsProperty> props;
    qsizetype recordBegin = -1;
    qsizetype recordEnd = 0;
    qsizetype lastIncompleteLine = -1;
    const auto finish = [&]() {
        if (recordBegin >= 0 && !props.empty())
            finishPsRecord(text, props, recordBegin, recordEnd, out);
        props.clear();
        recordBegin = -1;
    };
    for (qsizetype pos = start; pos < text.size();) {
        const Line line = lineAt(text, pos);
        QStringView name;
        qsizetype v = 0;
        const bool property = matchProperty(text, line, &name, &v);
        if (!line.complete && consumed) {
            // A piece of a stream: the line may go on in the next piece.
            if (recordBegin >= 0 || line.end - line.begin < kDecidedLine || property)
                lastIncompleteLine = line.begin;
            break;
        }
        pos = line.next;
        if (property) {
            bool repeat = false;
            for (const PsProperty &p : props)
                repeat = repeat || p.name == name;
            if (repeat)
                finish();
            if (recordBegin < 0)
                recordBegin = line.begin;
            props.push_back({name, v, line.end});
            recordEnd = line.end;
            continue;
        }
        if (recordBegin < 0)
            continue;
        if (isBlankLine(text, line))
            continue;
        if (text[line.begin] == u' ' || text[line.begin] == u'\t') { // a continuation line
            props.back().valueEnd = line.end;
            recordEnd = line.end;
            continue;
        }
        finish(); // something else at column 0
    }
    if (consumed) {
        qsizetype pending = text.size();
        if (recordBegin >= 0)
            pending = recordBegin;
        if (lastIncompleteLine >= 0)
            pending = std::min(pending, lastIncompleteLine);
        if (recordBegin >= 0 && recordBegin < pending)
            finish();
        *consumed = pending;
        return out;
    }
    finish();
    return out;
}

} // namespace eventtext

} // namespace sspilens
