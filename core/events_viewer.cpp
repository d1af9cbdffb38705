// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Event Viewer text ("Copy details as text" blocks and the tab-delimited "Save as Text" table).
#include "events.h"

#include "events_p.h"

#include <QList>

#include <algorithm>

namespace sspilens {

using namespace eventtext;

namespace {

// ---------------------------------------------------------------------------------------------
// Event Viewer text
// ---------------------------------------------------------------------------------------------

enum class Header {
    None,
    LogName,
    Source,
    Date,
    EventId,
    TaskCategory,
    Level,
    Keywords,
    User,
    Computer,
    Description,
    EventXml
};

struct HeaderLabel {
    const char16_t *label;
    Header header;
};

// The headers of "Copy details as text". English as Event Viewer writes them. zh-TW as seen in a
// real export quoted on Microsoft Q&A (https://learn.microsoft.com/en-us/answers/questions/368708/
// msexchange-rbac-258-and-msexchange-rbac-80-errors) and in two GitHub files (search-index ids
// 37043885883 and 11691833586, the second with 「事件 Xml:」). zh-CN as seen in a GitHub file that
// copies a 4688 event (search-index id 41211395491).
const HeaderLabel kHeaderLabels[] = {
    {u"Log Name", Header::LogName},
    {u"Source", Header::Source},
    {u"Date", Header::Date},
    {u"Event ID", Header::EventId},
    {u"Task Category", Header::TaskCategory},
    {u"Level", Header::Level},
    {u"Keywords", Header::Keywords},
    {u"User", Header::User},
    {u"Computer", Header::Computer},
    {u"Description", Header::Description},
    {u"Event Xml", Header::EventXml},
    {u"記錄檔名稱", Header::LogName},
    {u"來源", Header::Source},
    {u"日期", Header::Date},
    {u"事件識別碼", Header::EventId},
    {u"工作類別", Header::TaskCategory},
    {u"層級", Header::Level},
    {u"關鍵字", Header::Keywords},
    {u"使用者", Header::User},
    {u"電腦", Header::Computer},
    {u"描述", Header::Description},
    {u"事件 Xml", Header::EventXml},
    {u"日志名称", Header::LogName},
    {u"来源", Header::Source},
    {u"事件 ID", Header::EventId},
    {u"任务类别", Header::TaskCategory},
    {u"级别", Header::Level},
    {u"关键字", Header::Keywords},
    {u"用户", Header::User},
    {u"计算机", Header::Computer},
};

/// The header a line starts with, and where its value starts.
Header matchHeader(QStringView text, const Line &line, qsizetype *valueBegin)
{
    qsizetype b = line.begin;
    while (b < line.end && (text[b] == u' ' || text[b] == u'\t'))
        ++b;
    if (b - line.begin > 8 || b >= line.end)
        return Header::None;
    const QStringView rest = text.sliced(b, line.end - b);
    // Most lines of a log start with a digit or a word no header starts with: one look at the
    // first character instead of 30 case-insensitive comparisons.
    static const QString firstChars = [] {
        QString chars;
        for (const HeaderLabel &h : kHeaderLabels) {
            const QChar c = QChar(h.label[0]).toCaseFolded();
            if (!chars.contains(c))
                chars += c;
        }
        return chars;
    }();
    if (!containsUnit(firstChars, folded(rest[0])))
        return Header::None;
    for (const HeaderLabel &h : kHeaderLabels) {
        const QStringView label(h.label);
        if (rest.size() <= label.size() || !rest.startsWith(label, Qt::CaseInsensitive) || !isColon(rest[label.size()]))
            continue;
        qsizetype v = b + label.size() + 1;
        while (v < line.end && isBlank(text[v]))
            ++v;
        *valueBegin = v;
        return h.header;
    }
    return Header::None;
}

/// Fills the block's gaps from the event XML that "Copy details as text" appends.
void mergeXml(EventRecord &block, const EventRecord &xml)
{
    if (block.eventId == 0)
        block.eventId = xml.eventId;
    if (block.record == 0)
        block.record = xml.record;
    if (!xml.time.isEmpty())
        block.time = xml.time; // SystemTime is exact and UTC; the rendered date is local
    if (block.channel.isEmpty())
        block.channel = xml.channel;
    if (block.provider.isEmpty())
        block.provider = xml.provider;
    if (block.computer.isEmpty())
        block.computer = xml.computer;
    if (block.level.isEmpty())
        block.level = xml.level;
    for (const EventField &f : xml.fields)
        block.fields.push_back(f);
}

/// The tab-delimited "Save as Text" table starting at the header line @p header; returns where it
/// ends (the first line that is not a row).
qsizetype parseTabTable(QStringView text, const Line &header, std::vector<EventRecord> &out, qsizetype *lastRow)
{
    const QStringView firstCell = text.sliced(header.begin, header.end - header.begin).split(u'\t').front();
    const bool keywordsColumn = equalsAscii(trimmedView(firstCell), u"Keywords");
    qsizetype pos = header.next;
    while (pos < text.size()) {
        const Line line = lineAt(text, pos);
        qsizetype cellBegin[5];
        qsizetype cellEnd[5];
        qsizetype c = line.begin;
        int cells = 0;
        for (; cells < 5; ++cells) {
            const qsizetype tab = text.sliced(c, line.end - c).indexOf(u'\t');
            if (tab < 0)
                break;
            cellBegin[cells] = c;
            cellEnd[cells] = c + tab;
            c += tab + 1;
        }
        if (cells < 5)
            break;
        bool ok = false;
        const quint64 id = parseUnsigned(text.sliced(cellBegin[3], cellEnd[3] - cellBegin[3]), &ok);
        if (!ok || id > 0xFFFFFFFFu)
            break;
        EventRecord ev;
        ev.source = EventSource::EventViewerText;
        ev.offset = line.begin;
        ev.eventId = static_cast<quint32>(id);
        *lastRow = line.begin;
        const QString first = lineValue(text, cellBegin[0], cellEnd[0]).toString();
        if (keywordsColumn)
            addRawField(ev, QStringLiteral("Keywords"), text, cellBegin[0], cellBegin[0] + first.size());
        else
            ev.level = first;
        ev.time = isoFromRendered(text.sliced(cellBegin[1], cellEnd[1] - cellBegin[1]));
        ev.provider = lineValue(text, cellBegin[2], cellEnd[2]).toString();
        addRawField(ev, QStringLiteral("TaskCategory"), text, cellBegin[4],
                    cellBegin[4] + lineValue(text, cellBegin[4], cellEnd[4]).size());
        // The description: quoted (with "" for ") when it holds line breaks or tabs.
        qsizetype msgBegin = c;
        qsizetype msgEnd = line.end;
        qsizetype rowEnd = line.next;
        if (msgBegin < line.end && text[msgBegin] == u'"') {
            qsizetype q = msgBegin + 1;
            while (true) {
                q = text.indexOf(u'"', q);
                if (q < 0) {
                    q = text.size();
                    break;
                }
                if (q + 1 < text.size() && text[q + 1] == u'"') {
                    q += 2;
                    continue;
                }
                break;
            }
            msgEnd = q;
            ++msgBegin;
            rowEnd = lineAt(text, std::min(q, text.size())).next;
        }
        addMessage(text, msgBegin, msgEnd, ev);
        qsizetype evEnd = rowEnd;
        while (evEnd > ev.offset && isBlank(text[evEnd - 1]))
            --evEnd;
        ev.length = evEnd - ev.offset;
        out.push_back(std::move(ev));
        pos = rowEnd;
    }
    return pos;
}

/// Whether @p line may open an Event Viewer block or table: a "Log Name" header in one of its
/// languages, or a row with a tab near its start (a tab-delimited header). Every line of a plain
/// log gets this test and nothing more, so it looks at a few characters only; matchHeader() and
/// isTabTableHeader() decide.
bool mayOpenBlock(QStringView text, const Line &line)
{
    static const QString firstChars = [] {
        QString chars;
        for (const HeaderLabel &h : kHeaderLabels) {
            const QChar c = QChar(h.label[0]).toCaseFolded();
            if (h.header == Header::LogName && !chars.contains(c))
                chars += c;
        }
        return chars;
    }();
    const qsizetype limit = std::min(line.end, line.begin + 24);
    for (qsizetype i = line.begin; i < limit; ++i) {
        if (text[i] == u'\t')
            return true;
    }
    qsizetype b = line.begin;
    while (b < limit && text[b] == u' ')
        ++b;
    return b < limit && b - line.begin <= 8 && containsUnit(firstChars, folded(text[b]));
}

bool isTabTableHeader(QStringView text, const Line &line)
{
    const QStringView row = text.sliced(line.begin, line.end - line.begin);
    // The first cell is a level ("Level", 「層級」): a short one. Most log lines stop here, unread.
    if (row.first(std::min<qsizetype>(row.size(), 24)).indexOf(u'\t') < 0 || row.count(u'\t') < 4)
        return false;
    const auto cells = row.split(u'\t');
    const QStringView source = trimmedView(cells[2]);
    const QStringView id = trimmedView(cells[3]);
    return (equalsAscii(source, u"Source") || source == u"來源" || source == u"来源")
           && (equalsAscii(id, u"Event ID") || id == u"事件識別碼" || id == u"事件 ID");
}

} // namespace

namespace eventtext {

std::vector<EventRecord> parseEventViewerText(QStringView text, qsizetype start, qsizetype *consumed)
{
    std::vector<EventRecord> out;
    EventRecord block;
    bool inBlock = false;
    bool inDescription = false;
    qsizetype descBegin = -1;
    qsizetype descEnd = -1;
    qsizetype xmlBegin = -1;
    qsizetype lastContentEnd = 0; ///< end of the block's last non-blank line
    int blankRun = 0;
    qsizetype holdFrom = -1;           ///< start of what may go on in the next piece of a stream
    qsizetype lastIncompleteLine = -1; ///< a last line without its line break

    const auto close = [&]() {
        if (!inBlock)
            return;
        if (inDescription)
            addMessage(text, descBegin, std::max(descBegin, xmlBegin >= 0 ? descEnd : lastContentEnd), block);
        if (xmlBegin >= 0 && lastContentEnd > xmlBegin) {
            auto xml = parseEventXml(text.sliced(xmlBegin, lastContentEnd - xmlBegin));
            if (!xml.empty()) {
                EventRecord x = std::move(xml.front());
                for (EventField &f : x.fields)
                    f.valueOffset += xmlBegin;
                mergeXml(block, x);
            }
        }
        block.length = std::max(block.offset, lastContentEnd) - block.offset;
        if (block.eventId != 0 || inDescription)
            out.push_back(std::move(block));
        block = EventRecord();
        inBlock = false;
        inDescription = false;
        descBegin = descEnd = xmlBegin = -1;
        blankRun = 0;
        holdFrom = -1;
    };

    for (qsizetype pos = start; pos < text.size();) {
        const Line line = lineAt(text, pos);
        if (!line.complete && consumed) {
            // A piece of a stream: the line may go on in the next piece.
            if (inBlock || line.end - line.begin < kDecidedLine || mayOpenBlock(text, line))
                lastIncompleteLine = line.begin;
            break;
        }
        pos = line.next;
        if (!inBlock && !mayOpenBlock(text, line))
            continue;
        if (isBlankLine(text, line)) {
            if (inBlock && inDescription && ++blankRun >= 2)
                close(); // two blank lines end a description: what follows is not the event's
            continue;
        }
        blankRun = 0;
        qsizetype v = 0;
        const Header h = matchHeader(text, line, &v);
        if (h == Header::LogName) {
            close();
            inBlock = true;
            holdFrom = line.begin;
            block.source = EventSource::EventViewerText;
            block.offset = line.begin;
            block.channel = lineValue(text, v, line.end).toString();
            lastContentEnd = line.end;
            continue;
        }
        if (inBlock && !inDescription && xmlBegin < 0 && h == Header::None)
            close(); // the header part is only header lines: this is not an Event Viewer block
        if (!inBlock) {
            if (isTabTableHeader(text, line)) {
                qsizetype lastRow = line.begin;
                pos = parseTabTable(text, line, out, &lastRow);
                // A piece of a stream keeps the whole table: its rows mean nothing without the header.
                holdFrom = line.begin;
            }
            continue;
        }
        lastContentEnd = line.end;
        if (xmlBegin >= 0) {
            const QStringView row = text.sliced(line.begin, line.end - line.begin);
            if (row.contains(u"</Event>") || (row.contains(u"</") && row.contains(u":Event>")))
                close(); // the block ends with its event's XML
            continue;
        }
        if (inDescription) {
            if (h == Header::EventXml) {
                descEnd = line.begin;
                xmlBegin = line.next;
            }
            continue;
        }
        const QStringView value = lineValue(text, v, line.end);
        switch (h) {
        case Header::Source: block.provider = value.toString(); break;
        case Header::Date: block.time = isoFromRendered(value); break;
        case Header::EventId: {
            bool ok = false;
            const quint64 id = parseUnsigned(value, &ok);
            if (ok && id <= 0xFFFFFFFFu)
                block.eventId = static_cast<quint32>(id);
            break;
        }
        case Header::TaskCategory:
            if (!value.isEmpty())
                addRawField(block, QStringLiteral("TaskCategory"), text, v, v + value.size());
            break;
        case Header::Level: block.level = value.toString(); break;
        case Header::Keywords:
            if (!value.isEmpty())
                addRawField(block, QStringLiteral("Keywords"), text, v, v + value.size());
            break;
        case Header::User:
            if (!value.isEmpty())
                addRawField(block, QStringLiteral("User"), text, v, v + value.size());
            break;
        case Header::Computer: block.computer = value.toString(); break;
        case Header::Description:
            inDescription = true;
            descBegin = value.isEmpty() ? line.next : v;
            break;
        case Header::EventXml: xmlBegin = line.next; break;
        case Header::LogName:
        case Header::None: break;
        }
    }
    qsizetype pending = text.size();
    if (holdFrom >= 0)
        pending = holdFrom;
    if (lastIncompleteLine >= 0)
        pending = std::min(pending, lastIncompleteLine);
    close();
    if (!consumed)
        return out;
    *consumed = pending;
    out.erase(std::remove_if(out.begin(), out.end(), [pending](const EventRecord &e) { return e.offset >= pending; }),
              out.end());
    return out;
}

} // namespace eventtext

} // namespace sspilens
