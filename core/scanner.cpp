// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "scanner.h"

#include "messagetext.h"
#include "textsearch.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SSPILENS_SCANNER_X86 1
#include <immintrin.h>
#endif

namespace sspilens {

QString findingFormKey(FindingForm form)
{
    switch (form) {
    case FindingForm::Hex: return QStringLiteral("hex");
    case FindingForm::Decimal: return QStringLiteral("decimal");
    case FindingForm::Symbol: return QStringLiteral("symbol");
    case FindingForm::Message: return QStringLiteral("message");
    }
    return {};
}

QString findingFormName(FindingForm form)
{
    switch (form) {
    case FindingForm::Hex: return QCoreApplication::translate("Scanner", "Hexadecimal");
    case FindingForm::Decimal: return QCoreApplication::translate("Scanner", "Decimal");
    case FindingForm::Symbol: return QCoreApplication::translate("Scanner", "Symbol");
    case FindingForm::Message: return QCoreApplication::translate("Scanner", "Windows message");
    }
    return {};
}

namespace {

// ASCII character classes. Everything outside ASCII separates tokens, so that a code glued to
// Chinese text ("錯誤0x80090325") is still found.
enum : quint8 { CDigit = 1, CHexAlpha = 2, CAlpha = 4, CUnderscore = 8, CSpace = 16 };
constexpr quint8 CIdent = CDigit | CHexAlpha | CAlpha | CUnderscore;

struct ClassTable {
    quint8 c[128] = {};
    constexpr ClassTable()
    {
        for (int i = '0'; i <= '9'; ++i)
            c[i] = CDigit;
        for (int i = 'a'; i <= 'z'; ++i)
            c[i] = (i <= 'f') ? CHexAlpha : CAlpha;
        for (int i = 'A'; i <= 'Z'; ++i)
            c[i] = (i <= 'F') ? CHexAlpha : CAlpha;
        c[int('_')] = CUnderscore;
        c[int(' ')] = c[int('\t')] = c[int('\n')] = c[int('\v')] = c[int('\f')] = c[int('\r')] = CSpace;
    }
};
constexpr ClassTable kClasses;

inline quint8 charClass(char16_t ch)
{
    return ch < 128 ? kClasses.c[ch] : quint8(0);
}
inline bool isIdent(char16_t ch)
{
    return (charClass(ch) & CIdent) != 0;
}
inline bool isHex(char16_t ch)
{
    return (charClass(ch) & (CDigit | CHexAlpha)) != 0;
}
inline bool isDigit(char16_t ch)
{
    return ch >= u'0' && ch <= u'9';
}
inline bool isSpace(char16_t ch)
{
    if (ch < 128)
        return (kClasses.c[ch] & CSpace) != 0;
    return ch == 0x00A0 || ch == 0x3000 || ch == 0x2028 || ch == 0x2029;
}
inline char16_t asciiLower(char16_t ch)
{
    return (ch >= u'A' && ch <= u'Z') ? char16_t(ch | 0x20) : ch;
}
/// The form message text is compared in (see messagetext.h).
inline char16_t foldMessageChar(char16_t ch)
{
    return messagetext::fold(ch);
}
/// Reads one unit of message text at @p i and moves past it: a folded character, or ' ' for a
/// white-space run of at most LogScanner::maxWhitespaceRun characters (a line wrap). A run next to
/// a Han or kana character is no unit at all: the character after it is read instead. False at
/// the end of the text or after a longer run.
Q_ALWAYS_INLINE bool nextMessageUnit(const char16_t *c, qsizetype n, qsizetype &i, char16_t &unit)
{
    if (i >= n)
        return false;
    if (!isSpace(c[i])) {
        unit = foldMessageChar(c[i++]);
        return true;
    }
    qsizetype j = i + 1;
    while (j < n && isSpace(c[j]) && j - i < LogScanner::maxWhitespaceRun)
        ++j;
    if (j < n && isSpace(c[j]))
        return false;
    if ((i > 0 && c[i - 1] >= 0x2E80 && messagetext::isWide(c[i - 1]))
        || (j < n && c[j] >= 0x2E80 && messagetext::isWide(c[j]))) {
        if (j >= n)
            return false;
        unit = foldMessageChar(c[j]);
        i = j + 1;
        return true;
    }
    unit = u' ';
    i = j;
    return true;
}

/// True when the text right before @p p continues a sentence of a script without word spaces: a
/// Han or kana character, or one before a line wrap (a CJK sentence wrapped in the middle).
bool insideCjkSentence(const char16_t *c, qsizetype p)
{
    if (p == 0)
        return false;
    if (messagetext::isCjkLetter(c[p - 1]))
        return true;
    qsizetype i = p;
    bool wrapped = false;
    while (i > 0 && p - i < 32 && isSpace(c[i - 1])) {
        wrapped = wrapped || c[i - 1] == u'\n';
        --i;
    }
    return wrapped && i > 0 && messagetext::isCjkLetter(c[i - 1]);
}

/// True when @p next continues the word or sentence that @p last ends: two ASCII identifier
/// characters, two letters of a script with word spaces (Cyrillic, Latin), or a Han or kana
/// character after one.
bool continuesText(char16_t last, char16_t next)
{
    if (last < 128 && next < 128)
        return isIdent(last) && isIdent(next);
    if (messagetext::isWide(last))
        return messagetext::isCjkLetter(next);
    return QChar(last).isLetterOrNumber() && QChar(next).isLetterOrNumber();
}

// Message candidates are looked up by their first units at once, which rejects most English
// words sharing a fingerprint's first letters ("thread", "exited") before any trie walk.
constexpr int kPrefixUnits = 4;

inline quint32 hexValue(char16_t ch)
{
    return ch <= u'9' ? quint32(ch - u'0') : quint32((ch | 0x20) - u'a' + 10);
}

inline bool inSspiBlock(quint32 v)
{
    return Catalog::inSspiRange(v);
}
inline bool inErrorBlock(quint32 v)
{
    return (v & 0xFFFFFF00u) == 0x80090300u;
}

/// A finding before overlap resolution and line numbering.
struct Candidate {
    qint64 start = 0; ///< stream offset
    qint64 end = 0;
    quint32 value = 0;
    FindingForm form = FindingForm::Hex;
    const StatusCode *code = nullptr;
    QString text;
    QString language;
};

/// What the text so far says about what follows: the event whose fields are being read.
struct ScanContext {
    quint32 eventId = 0;
    qint64 eventAt = 0; ///< stream offset where the event ID was read
};

// How far after its event ID an event's fields can lie: an event's text or XML is well under this,
// and a log that goes on after a pasted event is no longer that event.
constexpr qint64 kMaxEventSpan = 8192;

/// A number token as parseNumber() reads it.
struct Number {
    qsizetype end = 0;
    quint32 value = 0;
    bool hex = false;
};

// Anchors of numeric candidates are found first, the token start lies at most this far before
// the anchor ("0xFFFFFFFF80" before "0903").
constexpr qsizetype kMaxBack = 12;
// Characters kept before the scan position for boundary checks (token start and ':' context).
constexpr qsizetype kContext = 64;
// Positions scanned between two polls of the cancel flag.
constexpr qsizetype kPollEvery = qsizetype(1) << 16;
// Positions a vector filter looks at before their candidates are checked.
constexpr qsizetype kFilterBlock = 4096;

/// True when the identifier right before position @p colon (a ':') consists of hex digits only,
/// as in "0000abcd:80090308" (segment:offset, IPv6, MAC-like dumps).
bool hexWordBefore(const char16_t *c, qsizetype colon)
{
    qsizetype i = colon;
    while (i > 0 && isHex(c[i - 1]) && colon - i < 32)
        --i;
    if (i == colon)
        return false;
    return i == 0 || !isIdent(c[i - 1]) || colon - i >= 32;
}

bool decimalEndOk(const char16_t *c, qsizetype n, qsizetype e)
{
    if (e >= n)
        return true;
    const char16_t ch = c[e];
    if (isIdent(ch))
        return false;
    // "2148074254.5", "2148074254-7", "2148074254:12" are parts of other numbers.
    if ((ch == u'.' || ch == u'-' || ch == u':') && e + 1 < n && isDigit(c[e + 1]))
        return false;
    return true;
}

bool bareHexEndOk(const char16_t *c, qsizetype n, qsizetype e)
{
    if (e >= n)
        return true;
    const char16_t ch = c[e];
    if (isIdent(ch) || ch == u'`')
        return false;
    // GUID first group, "80090308:0000abcd", "80090308.1".
    if ((ch == u'.' || ch == u'-' || ch == u':') && e + 1 < n && isHex(c[e + 1]))
        return false;
    return true;
}

/// Reads a number token starting exactly at @p s, with strict boundaries on both sides:
/// 0x/0X + 8 or 16 hex digits, '-' + 10 digits, 10 digits, or 8 bare hex digits.
bool parseNumber(const char16_t *c, qsizetype n, qsizetype s, Number &out)
{
    if (s < 0 || s >= n)
        return false;
    const char16_t first = c[s];
    if (first == u'0' && s + 1 < n && (c[s + 1] == u'x' || c[s + 1] == u'X')) {
        if (s > 0 && isIdent(c[s - 1]))
            return false;
        qsizetype e = s + 2;
        while (e < n && isHex(c[e]) && e - s - 2 <= 16)
            ++e;
        if (e < n && isIdent(c[e]))
            return false;
        const qsizetype digits = e - s - 2;
        quint64 v = 0;
        for (qsizetype i = s + 2; i < e && digits <= 16; ++i)
            v = (v << 4) | hexValue(c[i]);
        quint32 value = 0;
        if (digits == 8) {
            value = quint32(v);
        } else if (digits == 16) {
            const quint32 high = quint32(v >> 32);
            value = quint32(v & 0xFFFFFFFFu);
            // A 32-bit value printed as 64 bits: sign-extended (HRESULT in a 64-bit register)
            // or zero-extended. Anything else is a pointer or a hash.
            if (!(high == 0 || (high == 0xFFFFFFFFu && (value & 0x80000000u))))
                return false;
        } else {
            return false;
        }
        out = {e, value, true};
        return true;
    }
    if (s > 0) {
        const char16_t prev = c[s - 1];
        if (isIdent(prev) || prev == u'.' || prev == u'`')
            return false;
        if (prev == u':' && hexWordBefore(c, s - 1))
            return false;
        // A '-' before a digit run is a hyphen (GUID, DSID-0C090334) or the sign read below.
        if (prev == u'-' && first != u'-')
            return false;
    }
    if (first == u'-') {
        qsizetype e = s + 1;
        while (e < n && isDigit(c[e]) && e - s - 1 <= 10)
            ++e;
        if (e - s - 1 != 10 || !decimalEndOk(c, n, e))
            return false;
        qint64 v = 0;
        for (qsizetype i = s + 1; i < e; ++i)
            v = v * 10 + (c[i] - u'0');
        v = -v;
        if (v < std::numeric_limits<qint32>::min())
            return false;
        out = {e, quint32(qint32(v)), false};
        return true;
    }
    if (!isHex(first))
        return false;
    qsizetype e = s;
    bool allDigits = true;
    while (e < n && isHex(c[e]) && e - s <= 10) {
        allDigits = allDigits && isDigit(c[e]);
        ++e;
    }
    if (e < n && isIdent(c[e]))
        return false;
    const qsizetype len = e - s;
    if (len == 10 && allDigits) {
        if (!decimalEndOk(c, n, e))
            return false;
        quint64 v = 0;
        for (qsizetype i = s; i < e; ++i)
            v = v * 10 + quint64(c[i] - u'0');
        if (v > 0xFFFFFFFFu)
            return false;
        out = {e, quint32(v), false};
        return true;
    }
    if (len == 8) {
        if (!bareHexEndOk(c, n, e))
            return false;
        quint32 v = 0;
        for (qsizetype i = s; i < e; ++i)
            v = (v << 4) | hexValue(c[i]);
        out = {e, v, true};
        return true;
    }
    return false;
}

/// What a 32-bit number written in a log stands for: the catalog entry and the value in its
/// family. Any SSPI value in hex (an unnamed one is an "unknown SSPI code"), only the SSPI error
/// block in decimal (590610 is too ordinary a number to be SEC_I_CONTINUE_NEEDED); an NTSTATUS
/// as written or wrapped by HRESULT_FROM_NT (0xD000006D); a Win32 error wrapped by
/// HRESULT_FROM_WIN32 (0x8007052E is 1326); an HRESULT of the catalog (CERT_E_*, CRYPT_E_*).
/// Never a wrapper (E_FAIL, 0x80131904: everywhere, and they say only "look inside"), never a
/// value the catalog does not hold outside the SSPI block, and only SSPI values as bare hex.
struct Resolved {
    bool accepted = false;
    quint32 value = 0;
    const StatusCode *code = nullptr;
};

Resolved resolveNumber(const Catalog &catalog, quint32 v, bool hex, bool bare)
{
    if (inSspiBlock(v)) {
        if (!hex && !inErrorBlock(v))
            return {};
        return {true, v, catalog.byValue(v, Family::Sspi)};
    }
    if (bare)
        return {};
    const StatusCode *code = nullptr;
    quint32 value = v;
    if ((v >> 28) == 0xCu) {
        code = catalog.byValue(v, Family::NtStatus);
    } else if ((v >> 28) == 0xDu) {
        code = catalog.wrappedNtStatus(v);
        value = v & ~0x10000000u;
    } else if ((v & 0xFFFF0000u) == 0x80070000u) {
        code = catalog.wrappedWin32(v);
        value = v & 0xFFFFu;
    } else {
        code = catalog.byValue(v, Family::HResult);
    }
    if (!code || code->wrapper || value == 0)
        return {};
    return {true, value, code};
}

/// Where a number must start for an anchor found at a position: an anchor is four characters at
/// a fixed place in every value of its kind ("0903" is hex digits 3-6 of 800903xx, "c000" the
/// first four of an NTSTATUS, "2146" the first four decimal digits of -2146893019).
struct NumberAnchor {
    char text[4] = {};    ///< lower case
    bool decimal = false; ///< the first digits of a 10-digit decimal
    qint8 offset = 0;     ///< where the anchor sits among the eight hex digits
    bool bare = false;    ///< also 8 hex digits without 0x (SSPI only: 80090308: LdapErr...)
};

/// What can follow a phrase that gives a small number its meaning (see ContextPhrase).
enum class SmallNumber : quint8 {
    KerberosHex, ///< 0x18 (0x0 is "no error" and never a finding)
    Decimal,     ///< 40, 1326
    EventId,     ///< not a finding: the event whose fields follow (<EventID ...>4771)
};

/// A phrase after which a small number is a code of one family: "Failure Code:" of events 4769
/// and 4771, "fatal alert code is" of Schannel 36887, "error" before a Win32 code. Elsewhere
/// 0x18, 40 and 1326 are just numbers. Matched like message texts (case, line wraps), then the
/// number after at most a few separators.
struct ContextPhrase {
    const char *phrase; ///< UTF-8
    Family family;
    SmallNumber number;
    bool kerberosEventOnly; ///< only inside events 4768, 4769 and 4771 (their XML "Status")
};

// Event texts as Windows writes them (Security 4768 "Result Code", 4769/4771 "Failure Code";
// Schannel 36887 "...fatal alert code is 40.", 36888 "...fatal error code is 20." and the older
// "The following fatal alert was received: 47."; the XML of the same events), OpenSSL's
// "SSL alert number 40", and "error 1326" / "System error 1326 has occurred." for Win32.
const ContextPhrase kContextPhrases[] = {
    {"Failure Code:", Family::Kerberos, SmallNumber::KerberosHex, false},
    {"Result Code:", Family::Kerberos, SmallNumber::KerberosHex, false},
    {"<Data Name=\"Status\">", Family::Kerberos, SmallNumber::KerberosHex, true},
    {"<Data Name='Status'>", Family::Kerberos, SmallNumber::KerberosHex, true},
    {"<EventID>", Family::Sspi, SmallNumber::EventId, false},
    {"<EventID ", Family::Sspi, SmallNumber::EventId, false},
    {"Event ID:", Family::Sspi, SmallNumber::EventId, false},
    {"fatal alert code is", Family::TlsAlert, SmallNumber::Decimal, false},
    {"fatal error code is", Family::TlsAlert, SmallNumber::Decimal, false},
    {"The following fatal alert was received:", Family::TlsAlert, SmallNumber::Decimal, false},
    {"The following fatal alert was generated:", Family::TlsAlert, SmallNumber::Decimal, false},
    {"<Data Name=\"AlertDesc\">", Family::TlsAlert, SmallNumber::Decimal, false},
    {"<Data Name='AlertDesc'>", Family::TlsAlert, SmallNumber::Decimal, false},
    {"SSL alert number", Family::TlsAlert, SmallNumber::Decimal, false},
    {"error", Family::Win32, SmallNumber::Decimal, false},
    {"error code", Family::Win32, SmallNumber::Decimal, false},
    // Chinese Event Viewer copies, only labels seen in real output (tests/data/events/README.md):
    // zh-TW headers 「事件識別碼」, 4768 「結果碼」 and 4769 「錯誤碼」 (ExabeamLabs/Content-Doc
    // parserContent_syslog-4768-ch.md @e935a0e4 and -4769-ch.md); zh-CN header 「事件 ID」 and 4771
    // 「失败代码」 (Event Viewer copies in GitHub files, search-index ids 41211395491, 4579349368).
    // 「錯誤碼」 and the others are everyday words in Chinese application logs: only inside a
    // Kerberos event. No zh 「系統錯誤 1326」 sighting was found, so no Win32 phrase.
    {"事件識別碼:", Family::Sspi, SmallNumber::EventId, false},
    {"事件 ID:", Family::Sspi, SmallNumber::EventId, false},
    {"結果碼:", Family::Kerberos, SmallNumber::KerberosHex, true},
    {"錯誤碼:", Family::Kerberos, SmallNumber::KerberosHex, true},
    {"失败代码:", Family::Kerberos, SmallNumber::KerberosHex, true},
};
// Separators allowed between a phrase and its number ("Failure Code:\t\t0x18", "error = 1326").
constexpr qsizetype kMaxSeparators = 16;
// Characters an EventID element may hold before its number (<EventID Qualifiers="16384">).
constexpr qsizetype kMaxEventIdTag = 40;

bool isKerberosEvent(quint32 id)
{
    return id == 4768 || id == 4769 || id == 4771;
}

/// Nibble lookup tables for up to eight sets of bytes ("buckets"), used with PSHUFB: byte b is
/// in bucket k when bit k of lo[b & 15] & hi[b >> 4] is set. A bucket holding bytes of several
/// nibbles also holds their cross products, which is harmless: every hit is checked again.
struct NibbleSet {
    alignas(16) quint8 lo[16] = {};
    alignas(16) quint8 hi[16] = {};
    void add(quint8 b, int bucket)
    {
        const auto bit = quint8(1u << bucket);
        lo[b & 15] |= bit;
        hi[b >> 4] |= bit;
    }
};

} // namespace

struct LogScanner::Engine {
    struct Edge {
        char16_t ch = 0;
        quint32 child = 0;
    };
    struct Node {
        quint32 firstEdge = 0;
        quint32 edgeCount = 0;
        qint32 table = -1; ///< index in tables for nodes with many edges ("the " has dozens)
        const StatusCode *terminal = nullptr;
        const ContextPhrase *rule = nullptr; ///< a phrase that gives the number after it a family
        qint32 language = -1;                ///< index in languages of a localized or taught text
    };
    using Table = std::array<quint32, 128>;

    Engine(const Catalog &catalog, const std::vector<ExtraMessage> &extraMessages);

    bool collect(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, qint64 base, ScanContext &context,
                 std::vector<Candidate> &out, const std::atomic<bool> *cancel) const;
    void checkAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, ScanContext &context,
                 std::vector<Candidate> &out) const;
    void numberFromAnchor(const char16_t *c, qsizetype n, qsizetype p, const NumberAnchor &anchor, qint64 base,
                          std::vector<Candidate> &out) const;
    void symbolAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, std::vector<Candidate> &out) const;
    void messageAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, ScanContext &context,
                   std::vector<Candidate> &out) const;
    bool smallNumberAfter(const char16_t *c, qsizetype n, qsizetype i, const ContextPhrase &rule, qint64 base,
                          ScanContext &context, Candidate &out) const;
    /// The trie node after the first kPrefixUnits units whose packed form is @p key, or 0.
    quint32 prefixNode(quint32 key) const
    {
        const size_t mask = prefixSlots.size() - 1;
        for (size_t h = (key * 0x9E3779B1u) >> 16 & mask;; h = (h + 1) & mask) {
            if (prefixSlots[h].first == key)
                return prefixSlots[h].second;
            if (prefixSlots[h].first == 0)
                return 0;
        }
    }
    quint32 child(quint32 node, char16_t ch) const
    {
        const Node &n = nodes[node];
        if (n.table >= 0)
            return ch < 128 ? tables[size_t(n.table)][ch] : 0;
        for (quint32 i = n.firstEdge; i < n.firstEdge + n.edgeCount; ++i) {
            if (edges[i].ch == ch)
                return edges[i].child;
        }
        return 0;
    }
    /// True when a message or phrase can start with @p ch (not ASCII: Han, kana, Cyrillic, ...).
    bool wideFirstChar(char16_t ch) const { return !wideFirst.empty() && (wideFirst[ch >> 6] >> (ch & 63)) & 1u; }
    /// The trie node after the non-ASCII first unit @p folded, or 0.
    quint32 wideStartNode(char16_t folded) const
    {
        const auto it = std::lower_bound(wideStarts.begin(), wideStarts.end(), std::make_pair(folded, quint32(0)));
        return it != wideStarts.end() && it->first == folded ? it->second : 0;
    }
    bool messagePair(char16_t first, char16_t second) const
    {
        if (first >= 128)
            return false;
        if (isSpace(second))
            second = u' ';
        return second < 128 && pairs[asciiLower(first)][second] != 0;
    }
    /// A coarse filter on the first three units of a message or phrase, before the trie walk:
    /// most word starts that share a fingerprint's first two letters stop here.
    static quint32 tripleSlot(char16_t a, char16_t b, char16_t c)
    {
        return (quint32(a & 0x3F) << 10) | (quint32(b & 0x1F) << 5) | quint32(c & 0x1F);
    }
    bool messageTriple(const char16_t *c, qsizetype n, qsizetype p) const
    {
        qsizetype i = p;
        char16_t units[3];
        for (char16_t &unit : units) {
            if (!nextMessageUnit(c, n, i, unit))
                return false;
        }
        return (triples[tripleSlot(units[0], units[1], units[2]) >> 6]
                >> (tripleSlot(units[0], units[1], units[2]) & 63))
               & 1u;
    }
#ifdef SSPILENS_SCANNER_X86
    qsizetype filterSsse3(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, quint16 *hits,
                          int &hitCount) const;
    qsizetype filterAvx2(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, quint16 *hits,
                         int &hitCount) const;
#endif

    const Catalog &catalog;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Table> tables;
    std::vector<std::pair<quint32, quint32>> prefixSlots; ///< open addressing: packed prefix -> node
    std::vector<std::string> symbolNames;
    std::vector<QString> languages; ///< of the extra messages, referred to by Node::language
    std::unordered_map<std::string_view, const StatusCode *> symbols;
    qsizetype maxSymbolLength = 0;
    qsizetype maxMessageLength = 0;
    qsizetype lookahead = 0;       ///< text needed after an anchor to decide it
    quint8 firstTrigger[128] = {}; ///< characters that can start a candidate (scalar path)
    quint8 pairs[128][128] = {};   ///< first two characters of a message, folded
    quint64 triples[1024] = {};    ///< tripleSlot() of the first three units of a message
    /// Non-ASCII first characters (localized texts: Han, kana, Cyrillic), one bit per UTF-16 code
    /// unit, as written (both cases); empty when there is none. The vector filters then also stop at
    /// every character outside ASCII (packed to a byte >= 0x80 or 0x00) for the scalar check.
    std::vector<quint64> wideFirst;
    std::vector<std::pair<char16_t, quint32>> wideStarts; ///< sorted: folded first unit -> node
    NibbleSet firstSet;
    NibbleSet secondSet;
    NibbleSet thirdSet;
    NibbleSet fourthSet;
    /// Four-character anchors of numbers and symbols: which families' values and names the
    /// scanner looks for is derived from the catalog, not written into the matching loops.
    std::vector<NumberAnchor> numberAnchors;
    /// Where a scanned symbol is recognised: the four characters that end at its first '_'
    /// ("TUS_" of STATUS_..., "KDC_" of KRB5KDC_ERR_...), so that words such as "status" or
    /// "certificate" are never even looked at; @p offset is their distance from the name's start.
    struct SymbolAnchor {
        quint32 key = 0;
        qint8 offset = 0;
    };
    std::vector<SymbolAnchor> symbolAnchors;
    /// Every anchor by its key, sorted (numbers before symbols of the same key): what a position
    /// whose four characters passed anchorFilter looks up.
    struct AnchorEntry {
        quint32 key = 0;
        qint32 number = -1; ///< index in numberAnchors, or -1
        qint32 symbol = -1; ///< index in symbolAnchors, or -1
    };
    std::vector<AnchorEntry> anchorEntries;
    quint64 anchorFilter[64] = {}; ///< anchorSlot() of every anchor key: most positions stop here
    static quint32 anchorSlot(quint32 key)
    {
        return (key * 0x9E3779B1u) >> 20;
    }
    NibbleSet anchorSets[4]; ///< the vector filter's view of the anchors, per position
    /// Which vector filter runs before checkAt(); all give the same findings.
    enum class Isa { Scalar, Ssse3, Avx2 } isa = Isa::Scalar;
};

namespace {

/// For each ASCII unit of a compared text, the bytes (as the vector filters pack UTF-16 units:
/// Latin-1 as itself, U+0100-U+7FFF as 0xFF, higher as 0x00) of every character read as it:
/// both cases, U+2019 for the apostrophe, full-width punctuation, every white space for ' '.
std::array<std::vector<quint8>, 128> packedReadings()
{
    std::array<std::array<bool, 256>, 128> seen{};
    for (quint32 ch = 0; ch < 0x10000; ++ch) {
        const auto unit = char16_t(ch);
        const char16_t reads = isSpace(unit) ? u' ' : foldMessageChar(unit);
        if (reads < 128) {
            const quint8 packed = ch < 0x100 ? quint8(ch) : ch < 0x8000 ? quint8(0xFF) : quint8(0);
            seen[reads][packed] = true;
        }
    }
    std::array<std::vector<quint8>, 128> readings;
    for (size_t unit = 0; unit < 128; ++unit) {
        for (size_t b = 0; b < 256; ++b) {
            if (seen[unit][b])
                readings[unit].push_back(quint8(b));
        }
    }
    return readings;
}

quint32 packKey(const char *text)
{
    quint32 key = 0;
    for (int k = 0; k < 4; ++k)
        key |= quint32(quint8(asciiLower(char16_t(quint8(text[k]))))) << (8 * k);
    return key;
}

/// Scanned symbols: names as code writes them (SEC_E_..., STATUS_..., KDC_ERR_..., TLS1_ALERT_...).
/// RFC spellings in lower case (handshake_failure, access_denied) are left to lookup: as words
/// they occur in unrelated logs (an OAuth "access_denied").
bool isScannedName(const QString &name)
{
    return name.size() >= 5 && name == name.toUpper();
}

} // namespace

LogScanner::Engine::Engine(const Catalog &cat, const std::vector<ExtraMessage> &extraMessages) : catalog(cat)
{
    std::vector<const StatusCode *> scanned;
    for (const StatusCode &code : catalog.codes()) {
        if (!code.wrapper)
            scanned.push_back(&code);
    }

    // Symbols of every family, and their first four characters as anchors.
    for (const StatusCode *code : scanned) {
        for (const QString &name : code->allNames()) {
            if (isScannedName(name))
                symbolNames.push_back(name.toUpper().toStdString());
        }
    }
    size_t i = 0;
    for (const StatusCode *code : scanned) {
        for (const QString &name : code->allNames()) {
            if (!isScannedName(name))
                continue;
            const std::string &upper = symbolNames[i++];
            symbols.emplace(std::string_view(upper), code);
            maxSymbolLength = std::max(maxSymbolLength, qsizetype(upper.size()));
            const size_t underscore = upper.find('_');
            const size_t at = (underscore != std::string::npos && underscore >= 3 && underscore - 3 <= size_t(kMaxBack))
                                  ? underscore - 3
                                  : 0;
            const SymbolAnchor anchor{packKey(upper.c_str() + at), qint8(at)};
            if (std::none_of(symbolAnchors.begin(), symbolAnchors.end(), [&anchor](const SymbolAnchor &a) {
                    return a.key == anchor.key && a.offset == anchor.offset;
                }))
                symbolAnchors.push_back(anchor);
        }
    }

    // Number anchors, from the values the catalog holds (see resolveNumber for what is accepted).
    const auto addAnchor = [this](const QString &text, bool decimal, int offset, bool bare) {
        NumberAnchor anchor;
        for (int k = 0; k < 4; ++k)
            anchor.text[k] = char(text.at(k).toLower().toLatin1());
        anchor.decimal = decimal;
        anchor.offset = qint8(offset);
        anchor.bare = bare;
        const bool known = std::any_of(numberAnchors.begin(), numberAnchors.end(), [&anchor](const NumberAnchor &a) {
            return std::equal(a.text, a.text + 4, anchor.text) && a.decimal == anchor.decimal
                   && a.offset == anchor.offset;
        });
        if (!known)
            numberAnchors.push_back(anchor);
    };
    const auto addDecimals = [&addAnchor](quint32 written) {
        const QString unsignedText = QString::number(written);
        if (unsignedText.size() == 10)
            addAnchor(unsignedText, true, 0, false);
        if (written & 0x80000000u) {
            const QString signedText = QString::number(qint64(qint32(written))).mid(1);
            if (signedText.size() == 10)
                addAnchor(signedText, true, 0, false);
        }
    };
    addAnchor(QStringLiteral("0903"), false, 2, true); // 800903xx and 000903xx, named or not
    addAnchor(QStringLiteral("2146"), true, 0, false); // the SSPI error block in decimal
    addAnchor(QStringLiteral("2148"), true, 0, false);
    for (const StatusCode *code : scanned) {
        const QString hex = QString::number(code->value, 16).rightJustified(8, QLatin1Char('0'));
        switch (code->family) {
        case Family::NtStatus:
            if (code->value == 0)
                break;
            addAnchor(hex.left(4), false, 0, false);
            addAnchor(QLatin1Char('d') + hex.mid(1, 3), false, 0, false); // HRESULT_FROM_NT
            addDecimals(code->value);
            break;
        case Family::Win32:
            addAnchor(QStringLiteral("8007"), false, 0, false);
            addDecimals(0x80070000u | code->value);
            break;
        case Family::HResult:
            addAnchor(hex.mid(2, 4), false, 2, false);
            addDecimals(code->value);
            break;
        case Family::Sspi:
        case Family::Kerberos:
        case Family::TlsAlert: break;
        }
    }

    // Message fingerprints and context phrases in one trie over folded characters; ' ' stands for
    // any white-space run.
    std::vector<std::vector<std::pair<char16_t, quint32>>> children(1);
    std::vector<const StatusCode *> terminals(1, nullptr);
    std::vector<const ContextPhrase *> rules(1, nullptr);
    std::vector<qint32> nodeLanguages(1, -1);
    std::vector<std::pair<quint32, quint32>> prefixes; // packed first units -> node after them
    // Per first letter, per position 1-3 of the raw text: the bytes the vector filter may see there
    // (a UTF-16 unit packed as packChars() does) when the text reads as one of the letter's keys.
    std::vector<std::array<std::array<bool, 256>, kPrefixUnits>> rawBytes(128);
    const std::array<std::vector<quint8>, 128> readings = packedReadings();
    std::vector<std::pair<char16_t, quint32>> wideStartList;
    const auto addPhrase = [&](const QString &key, const StatusCode *owner, const ContextPhrase *rule,
                               qint32 language) {
        const char16_t first = foldMessageChar(key.at(0).unicode());
        const auto second = key.at(1).unicode();
        // A localized text may start with any character (Han, kana, Cyrillic); it is looked up by
        // its first unit instead of the first four.
        const bool wideStart = first >= 128;
        if (wideStart ? key.size() < 3 : (second >= 128 || key.size() <= kPrefixUnits))
            return;
        // White space may be read between any two characters of a text with Han or kana in it.
        const bool wideKey =
            std::any_of(key.begin(), key.end(), [](QChar qc) { return messagetext::isWide(qc.unicode()); });
        quint32 node = 0;
        quint32 prefix = 0;
        // A message: an optional final period and the boundary character after it. A phrase: the
        // separators, the number and its boundary; an EventID element also its attributes.
        qsizetype span = rule ? kMaxSeparators + kMaxEventIdTag + 12 : 2;
        for (qsizetype k = 0; k < key.size(); ++k) {
            const QChar qc = key.at(k);
            const char16_t ch = qc.isSpace() ? u' ' : foldMessageChar(qc.unicode());
            if (k < kPrefixUnits)
                prefix |= quint32(ch < 128 ? ch : 0) << (8 * k);
            span += (ch == u' ') ? maxWhitespaceRun : wideKey ? 1 + 2 * maxWhitespaceRun : 1;
            auto &list = children[node];
            const auto it = std::find_if(list.begin(), list.end(), [ch](const auto &e) { return e.first == ch; });
            if (it != list.end()) {
                node = it->second;
            } else {
                const auto next = quint32(children.size());
                children.emplace_back();
                terminals.push_back(nullptr);
                rules.push_back(nullptr);
                nodeLanguages.push_back(-1);
                children[node].emplace_back(ch, next);
                node = next;
            }
            if (k == kPrefixUnits - 1 && !wideStart)
                prefixes.emplace_back(prefix, node);
            if (k == 0 && wideStart)
                wideStartList.emplace_back(first, node);
        }
        if (owner && !terminals[node]) {
            terminals[node] = owner;
            nodeLanguages[node] = language;
        }
        if (rule)
            rules[node] = rule;
        maxMessageLength = std::max(maxMessageLength, span);

        if (wideStart) {
            wideFirst.resize(65536 / 64);
            for (const QChar written : {QChar(first), QChar(first).toUpper(), QChar(first).toTitleCase()})
                wideFirst[written.unicode() >> 6] |= quint64(1) << (written.unicode() & 63);
            return;
        }
        const quint32 slot = tripleSlot(key.at(0).unicode(), key.at(1).unicode(),
                                        key.at(2).isSpace() ? u' ' : foldMessageChar(key.at(2).unicode()));
        triples[slot >> 6] |= quint64(1) << (slot & 63);
        // Units 1-3 of the key where the raw text has them: a white-space unit may be a run, so a
        // later unit can come later (runs longer than three only push it past position 3).
        const auto mark = [&](int pos, char16_t unit) {
            auto &bytes = rawBytes[first][size_t(pos)];
            if (unit < 128) {
                for (const quint8 b : readings[unit])
                    bytes[b] = true;
            } else {
                // Outside ASCII: whatever it folds from, packed it is 0x80-0xFF or 0x00.
                for (int b = 0x80; b < 0x100; ++b)
                    bytes[size_t(b)] = true;
                bytes[0] = true;
            }
        };
        const std::function<void(qsizetype, int)> place = [&](qsizetype k, int pos) {
            if (pos >= kPrefixUnits || k >= key.size())
                return;
            const char16_t unit = key.at(k).isSpace() ? u' ' : foldMessageChar(key.at(k).unicode());
            if (unit != u' ') {
                // Next to a Han or kana character (or a full-width mark, which reads as its ASCII
                // twin) a white-space run is skipped, not read: the unit may come that much later.
                const auto mayBeWide = [](char16_t u) {
                    return messagetext::isWide(u) || QStringView(u".,:;()").contains(QChar(u));
                };
                const bool skipsRun = mayBeWide(unit) || (k > 0 && mayBeWide(foldMessageChar(key.at(k - 1).unicode())));
                for (int run = 0; pos + run < kPrefixUnits && (run == 0 || skipsRun); ++run) {
                    for (int r = 0; r < run; ++r)
                        mark(pos + r, u' ');
                    mark(pos + run, unit);
                    place(k + 1, pos + run + 1);
                }
                return;
            }
            for (int run = 1; pos + run <= kPrefixUnits; ++run) {
                mark(pos + run - 1, u' ');
                place(k + 1, pos + run);
            }
        };
        place(1, 1);
        firstTrigger[first] = 1;
        firstTrigger[first & ~0x20] = 1;
        if (second == u' ') {
            for (char16_t ws : {u' ', u'\t', u'\n', u'\v', u'\f', u'\r'})
                pairs[first][ws] = 1;
        } else {
            const char16_t lower = asciiLower(second);
            pairs[first][lower] = 1;
            if (lower >= u'a' && lower <= u'z')
                pairs[first][lower & ~0x20] = 1;
        }
    };
    for (const StatusCode *code : scanned) {
        if (code->severity == Severity::Success)
            continue; // "The operation completed successfully." would only add noise
        QStringList texts;
        if (code->windowsMessage)
            texts << QString::fromUtf8(code->windowsMessage);
        for (const char *text : code->fingerprints)
            texts << QString::fromUtf8(text);
        for (const QString &message : texts) {
            const QString key = Catalog::normaliseMessage(message);
            // SEC_E_NO_KERB_KEY's "message" is its own symbol, which the symbol matcher reports.
            if (key.size() < 2 || !key.contains(QLatin1Char(' ')))
                continue;
            const QList<const StatusCode *> owners = catalog.byMessage(message);
            addPhrase(key, owners.isEmpty() ? code : owners.first(), nullptr, -1);
        }
    }
    // A text of one word is too likely to occur in other sentences, unless it is Chinese or
    // Japanese, which have no spaces between words.
    const auto usableKey = [](const QString &key) {
        return key.size() >= 2 && (key.contains(QLatin1Char(' ')) || std::any_of(key.begin(), key.end(), [](QChar qc) {
                                       return messagetext::isWide(qc.unicode());
                                   }));
    };
    // Windows' own texts in other languages, the catalog's: every scanner knows them.
    for (const LocalizedMessage &localized : catalog.localizedMessages()) {
        const StatusCode *code = catalog.entryOf(localized);
        const QString key = Catalog::normaliseMessage(QString::fromUtf8(localized.text));
        if (!code || code->wrapper || !usableKey(key))
            continue;
        const QString language = QString::fromLatin1(localized.language);
        auto it = std::find(languages.begin(), languages.end(), language);
        if (it == languages.end())
            it = languages.insert(languages.end(), language);
        addPhrase(key, code, nullptr, qint32(it - languages.begin()));
    }
    for (const ExtraMessage &extra : extraMessages) {
        const QString key = Catalog::normaliseMessage(extra.text);
        if (!extra.code || extra.code->wrapper || !usableKey(key))
            continue;
        auto it = std::find(languages.begin(), languages.end(), extra.language);
        if (it == languages.end())
            it = languages.insert(languages.end(), extra.language);
        addPhrase(key, extra.code, nullptr, qint32(it - languages.begin()));
    }
    for (const ContextPhrase &rule : kContextPhrases) {
        // ASCII phrases as written ("<EventID " ends in its space), Chinese ones in compared form.
        const QString phrase = QString::fromUtf8(rule.phrase);
        const bool wide = std::any_of(phrase.begin(), phrase.end(), [](QChar qc) { return qc.unicode() >= 128; });
        addPhrase(wide ? Catalog::normaliseMessage(phrase) : phrase.toLower(), nullptr, &rule, -1);
    }
    std::sort(wideStartList.begin(), wideStartList.end());
    wideStartList.erase(std::unique(wideStartList.begin(), wideStartList.end(),
                                    [](const auto &a, const auto &b) { return a.first == b.first; }),
                        wideStartList.end());
    wideStarts = std::move(wideStartList);

    // The vector filter tests first and second character together: one bucket per first letter
    // (sharing when there are more than eight), holding that letter's second characters.
    int bucketCount = 0;
    for (int f = 0; f < 128; ++f) {
        if (!firstTrigger[f] || asciiLower(char16_t(f)) != f)
            continue;
        const int bucket = bucketCount++ % 8;
        firstSet.add(quint8(f), bucket);
        if (f >= 'a' && f <= 'z')
            firstSet.add(quint8(f & ~0x20), bucket);
        for (int b = 0; b < 256; ++b) {
            if (rawBytes[size_t(f)][1][size_t(b)])
                secondSet.add(quint8(b), bucket);
            if (rawBytes[size_t(f)][2][size_t(b)])
                thirdSet.add(quint8(b), bucket);
            if (rawBytes[size_t(f)][3][size_t(b)])
                fourthSet.add(quint8(b), bucket);
        }
    }
    nodes.resize(children.size());
    for (size_t n = 0; n < children.size(); ++n) {
        nodes[n].firstEdge = quint32(edges.size());
        nodes[n].edgeCount = quint32(children[n].size());
        nodes[n].terminal = terminals[n];
        nodes[n].rule = rules[n];
        nodes[n].language = nodeLanguages[n];
        for (const auto &e : children[n])
            edges.push_back({e.first, e.second});
        if (children[n].size() > 6) {
            Table table{};
            for (const auto &e : children[n]) {
                if (e.first < 128)
                    table[e.first] = e.second;
            }
            // A non-ASCII edge keeps the node on the list.
            if (std::all_of(children[n].begin(), children[n].end(), [](const auto &e) { return e.first < 128; })) {
                nodes[n].table = qint32(tables.size());
                tables.push_back(table);
            }
        }
    }

    size_t slotCount = 16;
    while (slotCount < 4 * prefixes.size())
        slotCount *= 2;
    prefixSlots.assign(slotCount, {0, 0});
    for (const auto &[prefix, node] : prefixes) {
        if ((prefix & 0xFF) == 0 || prefixNode(prefix))
            continue; // a non-ASCII start can never match; a shared prefix is there already
        size_t h = (prefix * 0x9E3779B1u) >> 16 & (slotCount - 1);
        while (prefixSlots[h].first != 0)
            h = (h + 1) & (slotCount - 1);
        prefixSlots[h] = {prefix, node};
    }

    // Anchors: the scalar path starts at their first characters, the vector filter tests all
    // four positions at once (one bucket per anchor, shared when there are more than eight).
    for (size_t k = 0; k < numberAnchors.size(); ++k)
        anchorEntries.push_back({packKey(numberAnchors[k].text), qint32(k), -1});
    for (size_t k = 0; k < symbolAnchors.size(); ++k)
        anchorEntries.push_back({symbolAnchors[k].key, -1, qint32(k)});
    std::stable_sort(anchorEntries.begin(), anchorEntries.end(),
                     [](const AnchorEntry &a, const AnchorEntry &b) { return a.key < b.key; });
    std::vector<quint32> anchorKeys;
    for (const AnchorEntry &entry : anchorEntries)
        anchorKeys.push_back(entry.key);
    std::sort(anchorKeys.begin(), anchorKeys.end());
    anchorKeys.erase(std::unique(anchorKeys.begin(), anchorKeys.end()), anchorKeys.end());
    for (size_t k = 0; k < anchorKeys.size(); ++k) {
        anchorFilter[anchorSlot(anchorKeys[k]) >> 6] |= quint64(1) << (anchorSlot(anchorKeys[k]) & 63);
        const int bucket = int(k % 8);
        for (int pos = 0; pos < 4; ++pos) {
            const auto ch = quint8(anchorKeys[k] >> (8 * pos));
            anchorSets[pos].add(ch, bucket);
            if (ch >= 'a' && ch <= 'z')
                anchorSets[pos].add(quint8(ch & ~0x20), bucket);
            if (pos == 0) {
                firstTrigger[ch] = 1;
                if (ch >= 'a' && ch <= 'z')
                    firstTrigger[ch & ~0x20] = 1;
            }
        }
    }

    // The longest number: "0xFFFFFFFF80090326 / 0xFFFFFFFF80090326" plus boundary checks.
    const qsizetype numberSpan = 2 * 18 + 3 + 2;
    lookahead = std::max({maxMessageLength, maxSymbolLength + 2, numberSpan}) + kContext;

#ifdef SSPILENS_SCANNER_X86
    // The best the CPU has, or less when SSPILENS_SCANNER_ISA says so (tests compare the paths).
    const QByteArray cap = qgetenv("SSPILENS_SCANNER_ISA");
    if (__builtin_cpu_supports("avx2") && (cap.isEmpty() || cap == "avx2"))
        isa = Isa::Avx2;
    else if (__builtin_cpu_supports("ssse3") && cap != "scalar")
        isa = Isa::Ssse3;
#endif
}

void LogScanner::Engine::numberFromAnchor(const char16_t *c, qsizetype n, qsizetype p, const NumberAnchor &anchor,
                                          qint64 base, std::vector<Candidate> &out) const
{
    // Where the token must start for the anchor to sit where every value of its kind has it.
    qsizetype starts[3] = {-1, -1, -1};
    qsizetype expectedEnd = 0;
    if (!anchor.decimal) {
        const qsizetype digits = p - anchor.offset; // the first of the eight hex digits
        starts[0] = digits - 2;                     // 0x........
        starts[1] = digits - 10;                    // 0xFFFFFFFF........
        starts[2] = anchor.bare ? digits : -1;      // ........
        expectedEnd = digits + 8;
    } else {
        starts[0] = (p > 0 && c[p - 1] == u'-') ? p - 1 : p;
        expectedEnd = p + 10;
    }
    for (qsizetype s : starts) {
        Number num;
        if (s < 0 || !parseNumber(c, n, s, num) || num.end != expectedEnd || num.hex == anchor.decimal)
            continue;
        const bool bare = num.hex && c[s] != u'0';
        const Resolved resolved = resolveNumber(catalog, num.value, num.hex, bare && anchor.bare);
        if (!resolved.accepted || (bare && !anchor.bare))
            return;
        // "0x8009030e/-2146893042": one code written twice is one finding.
        qsizetype e = num.end;
        bool hex = num.hex;
        qsizetype j = e;
        if (j < n && c[j] == u' ')
            ++j;
        if (j < n && c[j] == u'/') {
            ++j;
            if (j < n && c[j] == u' ')
                ++j;
            Number second;
            if (parseNumber(c, n, j, second) && second.value == num.value) {
                e = second.end;
                hex = hex || second.hex;
            }
        }
        Candidate cand;
        cand.start = base + s;
        cand.end = base + e;
        cand.value = resolved.value;
        cand.form = hex ? FindingForm::Hex : FindingForm::Decimal;
        cand.code = resolved.code;
        cand.text = QString(reinterpret_cast<const QChar *>(c + s), e - s);
        out.push_back(std::move(cand));
        return;
    }
}

void LogScanner::Engine::symbolAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base,
                                  std::vector<Candidate> &out) const
{
    if (p > 0 && isIdent(c[p - 1]))
        return;
    char key[128];
    qsizetype e = p;
    while (e < n && isIdent(c[e])) {
        if (e - p >= maxSymbolLength || e - p >= qsizetype(sizeof key))
            return;
        key[e - p] = char(c[e] >= u'a' ? c[e] - 0x20 : c[e]);
        ++e;
    }
    const auto it = symbols.find(std::string_view(key, size_t(e - p)));
    if (it == symbols.end())
        return;
    Candidate cand;
    cand.start = base + p;
    cand.end = base + e;
    cand.value = it->second->value;
    cand.form = FindingForm::Symbol;
    cand.code = it->second;
    cand.text = QString(reinterpret_cast<const QChar *>(c + p), e - p);
    out.push_back(std::move(cand));
}

bool LogScanner::Engine::smallNumberAfter(const char16_t *c, qsizetype n, qsizetype i, const ContextPhrase &rule,
                                          qint64 base, ScanContext &context, Candidate &out) const
{
    if (rule.number == SmallNumber::EventId) {
        // "<EventID>4771", "<EventID Qualifiers=\"0\">4771", "Event ID:      4771"
        qsizetype j = i;
        if (c[i - 1] == u' ' && j < n && c[j] != u'>' && !isDigit(c[j])) {
            while (j < n && j - i < kMaxEventIdTag && c[j] != u'>' && c[j] != u'\n')
                ++j;
        }
        if (j < n && c[j] == u'>')
            ++j;
        while (j < n && j - i < kMaxEventIdTag && (c[j] == u' ' || c[j] == u'\t'))
            ++j;
        quint32 id = 0;
        qsizetype digits = 0;
        while (j < n && isDigit(c[j]) && digits < 6) {
            id = id * 10 + quint32(c[j++] - u'0');
            ++digits;
        }
        if (digits > 0 && digits < 6 && (j >= n || !isIdent(c[j]))) {
            context.eventId = id;
            context.eventAt = base + j;
        }
        return false;
    }
    if (rule.kerberosEventOnly && (!isKerberosEvent(context.eventId) || base + i - context.eventAt > kMaxEventSpan))
        return false;
    qsizetype j = i;
    while (j < n && j - i < kMaxSeparators
           && (c[j] == u' ' || c[j] == u'\t' || c[j] == u':' || c[j] == u'=' || c[j] == u'#' || c[j] == 0xFF1A
               || c[j] == 0x3000))
        ++j;
    const qsizetype start = j;
    quint32 value = 0;
    qsizetype digits = 0;
    bool hex = false;
    if (rule.number == SmallNumber::KerberosHex) {
        if (j + 2 >= n || c[j] != u'0' || (c[j + 1] | 0x20) != u'x')
            return false;
        j += 2;
        while (j < n && isHex(c[j]) && digits < 3) {
            value = (value << 4) | hexValue(c[j++]);
            ++digits;
        }
        hex = true;
    } else {
        while (j < n && isDigit(c[j]) && digits < 6) {
            value = value * 10 + quint32(c[j++] - u'0');
            ++digits;
        }
    }
    // Whole numbers only: not "0x18c", "40.5", "1326-7" or "4000000".
    if (digits == 0 || digits > (hex ? 2 : 5) || (j < n && isIdent(c[j])))
        return false;
    if (j + 1 < n && (c[j] == u'.' || c[j] == u'-' || c[j] == u',') && isDigit(c[j + 1]))
        return false;
    const StatusCode *code = catalog.byValue(value, rule.family);
    if (!code || code->wrapper || value == 0)
        return false;
    out.start = base + start;
    out.end = base + j;
    out.value = value;
    out.form = hex ? FindingForm::Hex : FindingForm::Decimal;
    out.code = code;
    out.text = QString(reinterpret_cast<const QChar *>(c + start), j - start);
    return true;
}

void LogScanner::Engine::messageAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, ScanContext &context,
                                   std::vector<Candidate> &out) const
{
    qsizetype i = p;
    quint32 node = 0;
    if (c[p] >= 128) {
        node = wideStartNode(foldMessageChar(c[p]));
        i = p + 1;
    } else {
        quint32 prefix = 0;
        char16_t units[kPrefixUnits];
        bool ascii = true;
        for (int k = 0; k < kPrefixUnits; ++k) {
            if (!nextMessageUnit(c, n, i, units[k]))
                return;
            ascii = ascii && units[k] < 128;
            prefix |= quint32(units[k] & 0xFF) << (8 * k);
        }
        if (ascii) {
            node = prefixNode(prefix);
        } else {
            // A text that goes on in Han or kana within its first four units ("TLS交握失敗", a
            // taught "SQL 連線失敗"): walked from the root, as the packed prefix holds ASCII only.
            for (const char16_t unit : units) {
                node = child(node, unit);
                if (!node)
                    return;
            }
        }
    }
    qsizetype bestEnd = -1;
    const StatusCode *best = nullptr;
    qint32 bestLanguage = -1;
    Candidate number;
    bool haveNumber = false;
    while (node) {
        const bool boundary = i >= n || !isIdent(c[i]) || !isIdent(c[i - 1]);
        // The whole text, not the start of a longer word or sentence; with its final mark if any.
        if (nodes[node].terminal && (i >= n || (c[i] < 128 ? !isIdent(c[i]) : !continuesText(c[i - 1], c[i])))) {
            bestEnd = (i < n && messagetext::isFinalMark(c[i])) ? i + 1 : i;
            best = nodes[node].terminal;
            bestLanguage = nodes[node].language;
        }
        // The longest phrase decides ("error code 1326" over "error"), whatever follows it. A
        // Chinese label starts a field: at the start of a line or after white space, not after
        // punctuation ("連線失敗，錯誤碼: 0x18" is an application's sentence).
        if (nodes[node].rule && boundary && (c[p] < 128 || p == 0 || isSpace(c[p - 1]))) {
            Candidate candidate;
            if (smallNumberAfter(c, n, i, *nodes[node].rule, base, context, candidate)) {
                number = std::move(candidate);
                haveNumber = true;
            }
        }
        char16_t unit = 0;
        if (!nextMessageUnit(c, n, i, unit))
            break;
        node = child(node, unit);
    }
    if (best) {
        Candidate cand;
        cand.start = base + p;
        cand.end = base + bestEnd;
        cand.value = best->value;
        cand.form = FindingForm::Message;
        cand.code = best;
        if (bestLanguage >= 0)
            cand.language = languages[size_t(bestLanguage)];
        cand.text = QString(reinterpret_cast<const QChar *>(c + p), bestEnd - p);
        out.push_back(std::move(cand));
    }
    if (haveNumber)
        out.push_back(std::move(number));
}

void LogScanner::Engine::checkAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, ScanContext &context,
                                 std::vector<Candidate> &out) const
{
    if (c[p] >= 128) {
        // A localized text: never one inside a longer sentence (a Han character right before it,
        // or a letter before Cyrillic).
        if (!wideFirstChar(c[p]))
            return;
        if (messagetext::isWide(c[p]) ? insideCjkSentence(c, p) : (p > 0 && continuesText(c[p - 1], c[p])))
            return;
        messageAt(c, n, p, base, context, out);
        return;
    }
    if (p + 3 < n && c[p] < 128 && c[p + 1] < 128 && c[p + 2] < 128 && c[p + 3] < 128) {
        const quint32 key = quint32(asciiLower(c[p])) | quint32(asciiLower(c[p + 1])) << 8
                            | quint32(asciiLower(c[p + 2])) << 16 | quint32(asciiLower(c[p + 3])) << 24;
        const bool anchored = (anchorFilter[anchorSlot(key) >> 6] >> (anchorSlot(key) & 63)) & 1u;
        if (anchored) {
            auto it = std::lower_bound(anchorEntries.begin(), anchorEntries.end(), key,
                                       [](const AnchorEntry &entry, quint32 k) { return entry.key < k; });
            for (; it != anchorEntries.end() && it->key == key; ++it) {
                if (it->number >= 0) {
                    numberFromAnchor(c, n, p, numberAnchors[size_t(it->number)], base, out);
                } else {
                    const SymbolAnchor &anchor = symbolAnchors[size_t(it->symbol)];
                    if (p >= anchor.offset)
                        symbolAt(c, n, p - anchor.offset, base, out);
                }
            }
        }
    }
    if (p + 1 < n && (p == 0 || !isIdent(c[p - 1])) && messagePair(c[p], c[p + 1]) && messageTriple(c, n, p))
        messageAt(c, n, p, base, context, out);
}

#ifdef SSPILENS_SCANNER_X86
namespace {
__attribute__((target("ssse3"))) inline __m128i packChars(const char16_t *p)
{
    // Saturating pack: ASCII and Latin-1 stay, U+0100..U+7FFF become 0xFF, higher become 0.
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
    return _mm_packus_epi16(a, b);
}

__attribute__((target("ssse3"))) inline __m128i inSet(__m128i bytes, const NibbleSet &set)
{
    const __m128i mask = _mm_set1_epi8(0x0F);
    const __m128i lo = _mm_and_si128(bytes, mask);
    const __m128i hi = _mm_and_si128(_mm_srli_epi16(bytes, 4), mask);
    const __m128i a = _mm_shuffle_epi8(_mm_load_si128(reinterpret_cast<const __m128i *>(set.lo)), lo);
    const __m128i b = _mm_shuffle_epi8(_mm_load_si128(reinterpret_cast<const __m128i *>(set.hi)), hi);
    return _mm_and_si128(a, b); // the buckets each byte is in
}
} // namespace

// Finds candidate positions 16 at a time and lists them (offsets from @p from) in @p hits, for
// checkAt() to decide: it may list too many but never too few. No calls in the loop, so that the
// constants stay in registers. Returns the first position it did not look at.
__attribute__((target("ssse3"))) qsizetype LogScanner::Engine::filterSsse3(const char16_t *c, qsizetype n,
                                                                           qsizetype from, qsizetype to, quint16 *hits,
                                                                           int &hitCount) const
{
    qsizetype p = from;
    if (p < 16 || p + 32 > n)
        return p;
    const __m128i zero = _mm_setzero_si128();
    const __m128i bit5 = _mm_set1_epi8(0x20);
    const bool wide = !wideFirst.empty();
    __m128i prev = packChars(c + p - 16);
    __m128i next = packChars(c + p);
    for (; p + 16 <= to && p + 32 <= n; p += 16) {
        const __m128i cur = next;
        next = packChars(c + p + 16);
        const __m128i b1 = _mm_alignr_epi8(next, cur, 1);
        const __m128i b2 = _mm_alignr_epi8(next, cur, 2);
        const __m128i b3 = _mm_alignr_epi8(next, cur, 3);
        const __m128i bm = _mm_alignr_epi8(cur, prev, 15);
        prev = cur;

        // Anchors of numbers and symbols: four characters, each in its position's set.
        const __m128i anchor = _mm_and_si128(_mm_and_si128(inSet(cur, anchorSets[0]), inSet(b1, anchorSets[1])),
                                             _mm_and_si128(inSet(b2, anchorSets[2]), inSet(b3, anchorSets[3])));
        // Message start: first four characters of some fingerprint, not inside a word.
        const __m128i lowerPrev = _mm_sub_epi8(_mm_or_si128(bm, bit5), _mm_set1_epi8('a'));
        const __m128i digitPrev = _mm_sub_epi8(bm, _mm_set1_epi8('0'));
        const __m128i identPrev =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(lowerPrev, _mm_set1_epi8(25)), lowerPrev),
                                      _mm_cmpeq_epi8(_mm_min_epu8(digitPrev, _mm_set1_epi8(9)), digitPrev)),
                         _mm_cmpeq_epi8(bm, _mm_set1_epi8('_')));
        const __m128i notMessage =
            _mm_or_si128(_mm_cmpeq_epi8(_mm_and_si128(_mm_and_si128(inSet(cur, firstSet), inSet(b1, secondSet)),
                                                      _mm_and_si128(inSet(b2, thirdSet), inSet(b3, fourthSet))),
                                        zero),
                         identPrev);
        auto mask = ~quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(anchor, zero))) & 0xFFFFu;
        mask |= ~quint32(_mm_movemask_epi8(notMessage)) & 0xFFFFu;
        // Outside ASCII (a byte >= 0x80, or 0x00 for U+8000 and above): a localized text may start.
        if (wide)
            mask |= quint32(_mm_movemask_epi8(cur)) | quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(cur, zero)));
        while (mask) {
            hits[hitCount++] = quint16(p - from + __builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    return p;
}

namespace {
__attribute__((target("avx2"))) inline __m256i packChars32(const char16_t *p)
{
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 16));
    // The pack works per 128-bit lane; the permute puts the 32 bytes back in text order.
    return _mm256_permute4x64_epi64(_mm256_packus_epi16(a, b), 0xD8);
}

__attribute__((target("avx2"))) inline __m256i eq(__m256i v, char ch)
{
    return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(ch));
}

__attribute__((target("avx2"))) inline __m256i inSet32(__m256i bytes, const NibbleSet &set)
{
    const __m256i mask = _mm256_set1_epi8(0x0F);
    const __m256i lo = _mm256_and_si256(bytes, mask);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(bytes, 4), mask);
    const __m256i a =
        _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i *>(set.lo))), lo);
    const __m256i b =
        _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i *>(set.hi))), hi);
    return _mm256_and_si256(a, b);
}
} // namespace

// filterSsse3(), 32 positions at a time.
__attribute__((target("avx2"))) qsizetype LogScanner::Engine::filterAvx2(const char16_t *c, qsizetype n, qsizetype from,
                                                                         qsizetype to, quint16 *hits,
                                                                         int &hitCount) const
{
    qsizetype p = from;
    if (p < 32 || p + 64 > n)
        return p;
    const __m256i zero = _mm256_setzero_si256();
    const __m256i bit5 = _mm256_set1_epi8(0x20);
    const bool wide = !wideFirst.empty();
    __m256i prev = packChars32(c + p - 32);
    __m256i next = packChars32(c + p);
    for (; p + 32 <= to && p + 64 <= n; p += 32) {
        const __m256i cur = next;
        next = packChars32(c + p + 32);
        // Shifts across the two lanes: alignr works per lane, so pair it with the lane swap.
        const __m256i ahead = _mm256_permute2x128_si256(cur, next, 0x21);
        const __m256i behind = _mm256_permute2x128_si256(prev, cur, 0x21);
        const __m256i b1 = _mm256_alignr_epi8(ahead, cur, 1);
        const __m256i b2 = _mm256_alignr_epi8(ahead, cur, 2);
        const __m256i b3 = _mm256_alignr_epi8(ahead, cur, 3);
        const __m256i bm = _mm256_alignr_epi8(cur, behind, 15);
        prev = cur;

        const __m256i anchor =
            _mm256_and_si256(_mm256_and_si256(inSet32(cur, anchorSets[0]), inSet32(b1, anchorSets[1])),
                             _mm256_and_si256(inSet32(b2, anchorSets[2]), inSet32(b3, anchorSets[3])));
        const __m256i lowerPrev = _mm256_sub_epi8(_mm256_or_si256(bm, bit5), _mm256_set1_epi8('a'));
        const __m256i digitPrev = _mm256_sub_epi8(bm, _mm256_set1_epi8('0'));
        const __m256i identPrev = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(lowerPrev, _mm256_set1_epi8(25)), lowerPrev),
                            _mm256_cmpeq_epi8(_mm256_min_epu8(digitPrev, _mm256_set1_epi8(9)), digitPrev)),
            eq(bm, '_'));
        const __m256i notMessage = _mm256_or_si256(
            _mm256_cmpeq_epi8(_mm256_and_si256(_mm256_and_si256(inSet32(cur, firstSet), inSet32(b1, secondSet)),
                                               _mm256_and_si256(inSet32(b2, thirdSet), inSet32(b3, fourthSet))),
                              zero),
            identPrev);
        auto mask = ~quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(anchor, zero)));
        mask |= ~quint32(_mm256_movemask_epi8(notMessage));
        if (wide)
            mask |= quint32(_mm256_movemask_epi8(cur)) | quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(cur, zero)));
        while (mask) {
            hits[hitCount++] = quint16(p - from + __builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    return p;
}
#endif

bool LogScanner::Engine::collect(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, qint64 base,
                                 ScanContext &context, std::vector<Candidate> &out,
                                 const std::atomic<bool> *cancel) const
{
    qsizetype p = from;
    const auto scalar = [&](qsizetype stop) {
        for (; p < stop; ++p) {
            const char16_t ch = c[p];
            if (ch < 128 ? firstTrigger[ch] != 0 : wideFirstChar(ch))
                checkAt(c, n, p, base, context, out);
        }
    };
    while (p < to) {
        const qsizetype stop = std::min(to, p + kPollEvery);
#ifdef SSPILENS_SCANNER_X86
        if (isa != Isa::Scalar) {
            // The vector loops read one vector back, so the first characters go the scalar way.
            scalar(std::min<qsizetype>(stop, 32));
            quint16 hits[kFilterBlock];
            while (p < stop) {
                const qsizetype blockEnd = std::min(stop, p + kFilterBlock);
                int hitCount = 0;
                const qsizetype blockStart = p;
                p = isa == Isa::Avx2 ? filterAvx2(c, n, p, blockEnd, hits, hitCount)
                                     : filterSsse3(c, n, p, blockEnd, hits, hitCount);
                for (int i = 0; i < hitCount; ++i)
                    checkAt(c, n, blockStart + hits[i], base, context, out);
                if (p != blockEnd)
                    break; // too near the end of the text for a whole vector
            }
        }
#endif
        scalar(stop);
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

/// Emission: orders candidates, drops overlaps, numbers lines. Shared by LogScanner::scan and
/// ScanStream so that both give exactly the same findings.
struct ScanStream::State {
    qint64 line = 1;      ///< line number at countedTo
    qint64 lineStart = 0; ///< stream offset where that line starts
    qint64 countedTo = 0; ///< stream offset up to which '\n' have been counted
    qint64 lastEnd = 0;   ///< end of the last reported finding
    ScanContext context;  ///< carried from piece to piece like the position
    std::vector<Candidate> pending;

    void countTo(const char16_t *buf, qint64 base, qint64 target);
    bool emitBefore(const char16_t *buf, qint64 base, qint64 limit, const FindingSink &sink);
};

void ScanStream::State::countTo(const char16_t *buf, qint64 base, qint64 target)
{
    if (target <= countedTo)
        return;
    const char16_t *const begin = buf + (countedTo - base);
    const char16_t *const end = buf + (target - base);
    const qint64 lines = textsearch::count(begin, end - begin, u'\n');
    if (lines) {
        // The last line of the range starts after its last '\n'.
        const char16_t *q = end;
        while (q > begin && q[-1] != u'\n')
            --q;
        lineStart = base + (q - buf);
        line += lines;
    }
    countedTo = target;
}

bool ScanStream::State::emitBefore(const char16_t *buf, qint64 base, qint64 limit, const FindingSink &sink)
{
    std::sort(pending.begin(), pending.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    size_t i = 0;
    bool go = true;
    for (; i < pending.size() && pending[i].start < limit && go; ++i) {
        Candidate &cand = pending[i];
        if (cand.start < lastEnd)
            continue;
        countTo(buf, base, cand.start);
        Finding f;
        f.offset = cand.start;
        f.length = cand.end - cand.start;
        f.line = line;
        f.column = cand.start - lineStart + 1;
        f.text = std::move(cand.text);
        f.form = cand.form;
        f.value = cand.value;
        f.code = cand.code;
        f.language = std::move(cand.language);
        lastEnd = cand.end;
        go = sink(f);
    }
    pending.erase(pending.begin(), pending.begin() + qsizetype(i));
    return go;
}

// ---------------------------------------------------------------------------------------------

LogScanner::LogScanner(const Catalog &catalog, const std::vector<ExtraMessage> &extraMessages)
    : m_catalog(catalog), m_engine(std::make_unique<const Engine>(catalog, extraMessages))
{}

LogScanner::~LogScanner() = default;

QString LogScanner::instructionSet() const
{
    switch (m_engine->isa) {
    case Engine::Isa::Avx2: return QStringLiteral("avx2");
    case Engine::Isa::Ssse3: return QStringLiteral("ssse3");
    case Engine::Isa::Scalar: break;
    }
    return QStringLiteral("scalar");
}

qint64 LogScanner::maxFindingLength() const
{
    return m_engine->lookahead;
}

std::vector<Finding> LogScanner::scan(QStringView text, const std::atomic<bool> *cancel, qint64 firstLine) const
{
    std::vector<Finding> findings;
    scan(
        text,
        [&findings](const Finding &f) {
            findings.push_back(f);
            return true;
        },
        cancel, firstLine);
    return findings;
}

bool LogScanner::scan(QStringView text, const FindingSink &sink, const std::atomic<bool> *cancel,
                      qint64 firstLine) const
{
    const auto *c = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    ScanStream::State state;
    state.line = firstLine;
    // Slices so that findings reach the sink while a long text is still being scanned.
    constexpr qsizetype slice = qsizetype(1) << 20;
    for (qsizetype from = 0; from < n;) {
        const qsizetype to = std::min(n, from + slice);
        if (!m_engine->collect(c, n, from, to, 0, state.context, state.pending, cancel))
            return false;
        const qint64 limit = to == n ? std::numeric_limits<qint64>::max() : to - kMaxBack;
        if (!state.emitBefore(c, 0, limit, sink))
            return false;
        from = to;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

ScanStream::ScanStream(const LogScanner &scanner, qint64 firstLine)
    : m_scanner(scanner), m_state(std::make_unique<State>())
{
    m_state->line = firstLine;
}

ScanStream::~ScanStream() = default;

bool ScanStream::feed(QStringView piece, const FindingSink &sink)
{
    if (m_finished)
        return false;
    m_buffer.append(piece);
    return feedAppended(sink);
}

bool ScanStream::feedAppended(const FindingSink &sink)
{
    if (m_finished)
        return false;
    const LogScanner::Engine &engine = *m_scanner.m_engine;
    const qsizetype n = m_buffer.size();
    // Scan only where the rest of any finding starting there is already in the buffer, and
    // only in steps big enough to keep the cost per character constant for tiny pieces.
    const qsizetype to = n - engine.lookahead;
    if (to - m_scanFrom < std::max<qsizetype>(engine.lookahead, 4096))
        return true;
    const auto *c = reinterpret_cast<const char16_t *>(m_buffer.utf16());
    engine.collect(c, n, m_scanFrom, to, m_base, m_state->context, m_state->pending, nullptr);
    m_scanFrom = to;
    if (!m_state->emitBefore(c, m_base, m_base + to - kMaxBack, sink))
        return false;

    // Dropping the front of a QString moves no data; the next append moves the small rest.
    const qsizetype keepFrom = to - kContext;
    m_state->countTo(c, m_base, m_base + keepFrom);
    m_buffer.remove(0, keepFrom);
    m_base += keepFrom;
    m_scanFrom -= keepFrom;
    return true;
}

bool ScanStream::finish(const FindingSink &sink)
{
    if (m_finished)
        return true;
    m_finished = true;
    const LogScanner::Engine &engine = *m_scanner.m_engine;
    const qsizetype n = m_buffer.size();
    const auto *c = reinterpret_cast<const char16_t *>(m_buffer.utf16());
    engine.collect(c, n, m_scanFrom, n, m_base, m_state->context, m_state->pending, nullptr);
    m_scanFrom = n;
    return m_state->emitBefore(c, m_base, std::numeric_limits<qint64>::max(), sink);
}

} // namespace sspilens
