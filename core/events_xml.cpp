// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Event XML: parseEventXml().
#include "events.h"

#include "events_p.h"
#include "textsearch.h"

#include <algorithm>

namespace sspilens {

using namespace eventtext;

namespace {

// ---------------------------------------------------------------------------------------------
// XML
// ---------------------------------------------------------------------------------------------

struct XmlAttribute {
    QStringView name; ///< local name
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0;
};

struct XmlTag {
    enum Kind { Start, End, Other } kind = Other;
    QStringView name; ///< local name (after any prefix)
    bool selfClosing = false;
    std::vector<XmlAttribute> attributes;
};

enum class TagRead { Ok, NotATag, CutAtEnd };

QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(u':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

bool isNameChar(QChar c)
{
    return !isBlank(c) && c != u'>' && c != u'/' && c != u'<' && c != u'=' && c != u'"' && c != u'\'';
}

/// Reads the markup at text[lt] == '<'. *after is set past its closing '>'. Never looks beyond the
/// next '<' for an ordinary tag, so a stray '<' costs only the characters up to the next one.
TagRead readTag(QStringView text, qsizetype lt, XmlTag &tag, qsizetype *after)
{
    const qsizetype n = text.size();
    tag.kind = XmlTag::Other;
    tag.selfClosing = false;
    tag.attributes.clear();
    qsizetype i = lt + 1;
    if (i >= n)
        return TagRead::CutAtEnd;
    const QStringView rest = text.sliced(i);
    if (rest.startsWith(u"!--")) {
        const qsizetype e = text.indexOf(u"-->", i + 3);
        if (e < 0)
            return TagRead::CutAtEnd;
        *after = e + 3;
        return TagRead::Ok;
    }
    if (rest.startsWith(u"![CDATA[")) {
        const qsizetype e = text.indexOf(u"]]>", i + 8);
        if (e < 0)
            return TagRead::CutAtEnd;
        *after = e + 3;
        return TagRead::Ok;
    }
    if (text[i] == u'?' || text[i] == u'!') {
        for (qsizetype j = i; j < n; ++j) {
            if (text[j] == u'>') {
                *after = j + 1;
                return TagRead::Ok;
            }
            if (text[j] == u'<')
                return TagRead::NotATag;
        }
        return TagRead::CutAtEnd;
    }
    bool end = false;
    if (text[i] == u'/') {
        end = true;
        ++i;
    }
    const qsizetype nameBegin = i;
    while (i < n && isNameChar(text[i]))
        ++i;
    if (i == nameBegin)
        return i >= n ? TagRead::CutAtEnd : TagRead::NotATag;
    tag.name = localName(text.sliced(nameBegin, i - nameBegin));
    tag.kind = end ? XmlTag::End : XmlTag::Start;
    while (true) {
        while (i < n && isBlank(text[i]))
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        const QChar c = text[i];
        if (c == u'>') {
            *after = i + 1;
            return TagRead::Ok;
        }
        if (c == u'/') {
            if (i + 1 >= n)
                return TagRead::CutAtEnd;
            if (text[i + 1] != u'>')
                return TagRead::NotATag;
            tag.selfClosing = true;
            *after = i + 2;
            return TagRead::Ok;
        }
        if (c == u'<' || end)
            return TagRead::NotATag;
        const qsizetype attrBegin = i;
        while (i < n && isNameChar(text[i]))
            ++i;
        if (i == attrBegin)
            return TagRead::NotATag;
        const QStringView attrName = localName(text.sliced(attrBegin, i - attrBegin));
        const bool xmlns = text.sliced(attrBegin, i - attrBegin).startsWith(u"xmlns");
        while (i < n && isBlank(text[i]))
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        if (text[i] != u'=')
            return TagRead::NotATag;
        ++i;
        while (i < n && isBlank(text[i]))
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        const QChar quote = text[i];
        if (quote != u'"' && quote != u'\'')
            return TagRead::NotATag;
        const qsizetype valueBegin = ++i;
        while (i < n && text[i] != quote && text[i] != u'<')
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        if (text[i] == u'<')
            return TagRead::NotATag;
        if (!xmlns)
            tag.attributes.push_back({attrName, valueBegin, i});
        ++i;
    }
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// Character and entity references and CDATA sections resolved.
QString decodeXml(QStringView raw)
{
    if (!raw.contains(u'&') && !raw.contains(u"<![CDATA["))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const QStringView rest = raw.sliced(i);
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype e = rest.indexOf(u"]]>");
            if (e < 0) {
                out += rest.sliced(9);
                break;
            }
            out += rest.sliced(9, e - 9);
            i += e + 3;
            continue;
        }
        if (raw[i] != u'&') {
            out += raw[i++];
            continue;
        }
        const qsizetype semi = rest.indexOf(u';');
        if (semi < 2 || semi > 12) {
            out += raw[i++];
            continue;
        }
        const QStringView ref = rest.sliced(1, semi - 1);
        char32_t cp = 0;
        if (ref == u"lt")
            cp = u'<';
        else if (ref == u"gt")
            cp = u'>';
        else if (ref == u"amp")
            cp = u'&';
        else if (ref == u"quot")
            cp = u'"';
        else if (ref == u"apos")
            cp = u'\'';
        else if (ref.startsWith(u'#')) {
            const bool hex = ref.size() > 1 && (ref[1] == u'x' || ref[1] == u'X');
            char32_t v = 0;
            bool ok = ref.size() > (hex ? 2 : 1);
            for (qsizetype k = hex ? 2 : 1; ok && k < ref.size(); ++k) {
                const int d = hex ? hexDigit(ref[k]) : (ref[k].isDigit() ? ref[k].digitValue() : -1);
                ok = d >= 0 && v < 0x110000;
                v = v * (hex ? 16u : 10u) + static_cast<char32_t>(d);
            }
            if (ok && v > 0 && v < 0x110000)
                cp = v;
        }
        if (cp == 0) {
            out += raw[i++];
            continue;
        }
        out += QString::fromUcs4(&cp, 1);
        i += semi + 1;
    }
    return out;
}

struct OpenElement {
    QStringView name;
    qsizetype contentBegin = 0;
    bool hasChild = false;
    QString dataName; ///< EventData/UserData <Data Name="...">
};

/// Parses one <Event> whose start tag is text[lt, after). Returns true when its end tag was seen;
/// *end is where the event's text ends (after </Event>, or where it was cut off).
bool parseXmlEvent(QStringView text, qsizetype lt, qsizetype after, EventRecord &ev, qsizetype *end,
                   bool cutMeansPending, bool *pending)
{
    ev = EventRecord();
    ev.source = EventSource::EventXml;
    ev.offset = lt;
    *pending = false;
    std::vector<OpenElement> stack;
    XmlTag tag;
    int unnamedData = 0;
    bool renderedLevel = false;
    qsizetype i = after;
    const auto inSection = [&stack](QStringView section) { return !stack.empty() && stack.front().name == section; };
    while (true) {
        const qsizetype next = text.indexOf(u'<', i);
        if (next < 0) {
            *end = text.size();
            *pending = cutMeansPending;
            break;
        }
        qsizetype tagEnd = 0;
        const TagRead r = readTag(text, next, tag, &tagEnd);
        if (r == TagRead::CutAtEnd) {
            *end = text.size();
            *pending = cutMeansPending;
            break;
        }
        if (r == TagRead::NotATag) {
            i = next + 1;
            continue;
        }
        i = tagEnd;
        if (tag.kind == XmlTag::Other)
            continue;
        if (tag.kind == XmlTag::Start && tag.name == u"Event") { // the next event: this one was cut
            *end = next;
            ev.length = *end - ev.offset;
            return false;
        }
        if (tag.kind == XmlTag::End) {
            if (tag.name == u"Event") { // closes the event, whatever was left open inside it
                *end = tagEnd;
                ev.length = *end - ev.offset;
                return true;
            }
            // Unwind to the matching element (tolerates unclosed children).
            qsizetype k = static_cast<qsizetype>(stack.size()) - 1;
            while (k >= 0 && stack[static_cast<size_t>(k)].name != tag.name)
                --k;
            if (k < 0)
                continue;
            while (static_cast<qsizetype>(stack.size()) > k + 1)
                stack.pop_back();
            const OpenElement open = stack.back();
            stack.pop_back();
            if (open.hasChild)
                continue;
            const qsizetype vb = open.contentBegin;
            const qsizetype ve = next;
            const QStringView raw = text.sliced(vb, ve - vb);
            const size_t depth = stack.size(); // parents of the closed element
            if (depth == 1 && stack.front().name == u"System") {
                const QString value = decodeXml(trimmedView(raw));
                if (open.name == u"EventID") {
                    bool ok = false;
                    const quint64 id = parseUnsigned(value, &ok);
                    if (ok && id <= 0xFFFFFFFFu)
                        ev.eventId = static_cast<quint32>(id);
                } else if (open.name == u"EventRecordID") {
                    bool ok = false;
                    const quint64 rec = parseUnsigned(value, &ok);
                    if (ok)
                        ev.record = rec;
                } else if (open.name == u"Level") {
                    if (!renderedLevel)
                        ev.level = value;
                } else if (open.name == u"Channel") {
                    ev.channel = value;
                } else if (open.name == u"Computer") {
                    ev.computer = value;
                }
            } else if (depth >= 1 && (inSection(u"EventData") || inSection(u"UserData"))) {
                QString name = open.dataName;
                if (name.isEmpty()) {
                    if (open.name == u"Data")
                        name = u'%' + QString::number(++unnamedData);
                    else if (open.name == u"Binary")
                        continue;
                    else
                        name = open.name.toString();
                }
                addField(ev, std::move(name), vb, ve, decodeXml(raw));
            } else if (depth == 1 && stack.front().name == u"RenderingInfo") {
                if (open.name == u"Message") {
                    addField(ev, QStringLiteral("Message"), vb, ve, decodeXml(raw));
                } else if (open.name == u"Level") {
                    const QString value = decodeXml(trimmedView(raw));
                    if (!value.isEmpty()) {
                        ev.level = value;
                        renderedLevel = true;
                    }
                }
            }
            continue;
        }
        // A start tag.
        if (!stack.empty())
            stack.back().hasChild = true;
        const auto attribute = [&tag](QStringView name) -> const XmlAttribute * {
            for (const XmlAttribute &a : tag.attributes) {
                if (a.name == name)
                    return &a;
            }
            return nullptr;
        };
        const size_t depth = stack.size();
        if (depth == 1 && stack.front().name == u"System") {
            if (tag.name == u"Provider") {
                const XmlAttribute *a = attribute(u"Name");
                if (!a)
                    a = attribute(u"EventSourceName");
                if (a)
                    ev.provider = decodeXml(text.sliced(a->valueBegin, a->valueEnd - a->valueBegin));
            } else if (tag.name == u"TimeCreated") {
                if (const XmlAttribute *a = attribute(u"SystemTime"))
                    ev.time = decodeXml(text.sliced(a->valueBegin, a->valueEnd - a->valueBegin)).trimmed();
            }
        }
        const bool dataSection = depth >= 1 && (inSection(u"EventData") || inSection(u"UserData"));
        QString dataName;
        if (dataSection && tag.name == u"Data") {
            if (const XmlAttribute *a = attribute(u"Name"))
                dataName = decodeXml(text.sliced(a->valueBegin, a->valueEnd - a->valueBegin));
        }
        if (depth >= 1 && inSection(u"UserData")) {
            for (const XmlAttribute &a : tag.attributes) {
                if (tag.name == u"Data" && a.name == u"Name")
                    continue;
                addField(ev, tag.name.toString() + u'.' + a.name.toString(), a.valueBegin, a.valueEnd,
                         decodeXml(text.sliced(a.valueBegin, a.valueEnd - a.valueBegin)));
            }
        }
        if (tag.selfClosing) {
            if (dataSection && tag.name == u"Data") {
                if (dataName.isEmpty())
                    dataName = u'%' + QString::number(++unnamedData);
                addField(ev, std::move(dataName), tagEnd, tagEnd, QString());
            }
            continue;
        }
        OpenElement open;
        open.name = tag.name;
        open.contentBegin = tagEnd;
        open.dataName = std::move(dataName);
        stack.push_back(std::move(open));
    }
    ev.length = *end - ev.offset;
    return false;
}

bool hasContent(const EventRecord &ev)
{
    return ev.eventId != 0 || !ev.provider.isEmpty() || !ev.fields.empty() || ev.record != 0;
}

} // namespace

std::vector<EventRecord> parseEventXml(QStringView text, qsizetype *consumed)
{
    std::vector<EventRecord> out;
    qsizetype pending = text.size();
    XmlTag tag;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype lt = textsearch::find(text.utf16(), i, text.size(), u'<');
        if (lt < 0)
            break;
        qsizetype after = 0;
        const TagRead r = readTag(text, lt, tag, &after);
        if (r == TagRead::CutAtEnd) {
            if (consumed)
                pending = lt;
            break;
        }
        if (r == TagRead::NotATag) {
            i = lt + 1;
            continue;
        }
        if (tag.kind != XmlTag::Start || tag.name != u"Event" || tag.selfClosing) {
            i = after;
            continue;
        }
        EventRecord ev;
        qsizetype end = 0;
        bool isPending = false;
        parseXmlEvent(text, lt, after, ev, &end, consumed != nullptr, &isPending);
        if (isPending) {
            pending = lt;
            break;
        }
        if (hasContent(ev))
            out.push_back(std::move(ev));
        i = std::max(end, after);
    }
    if (consumed)
        *consumed = pending;
    return out;
}

} // namespace sspilens
