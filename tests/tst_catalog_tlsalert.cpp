// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The TLS alert family (core/catalog/tlsalert.cpp) against its reference table
// (tests/data/reference/event-families/tls-alerts.tsv) and schannel.h.
#include "catalog.h"
#include "referencetable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sspilens;

namespace {

QString tablePath()
{
    return QStringLiteral(SSPILENS_REFERENCE_DIR "/event-families/tls-alerts.tsv");
}

/// schannel.h lives next to winerror.h in the mingw-w64 include folder.
QString schannelHeaderPath()
{
    return QFileInfo(QStringLiteral(SSPILENS_WINERROR_H)).dir().filePath(QStringLiteral("schannel.h"));
}

bool blank(const char *s)
{
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

std::vector<const StatusCode *> tlsEntries()
{
    std::vector<const StatusCode *> out;
    for (const StatusCode &c : Catalog::instance().codes()) {
        if (c.family == Family::TlsAlert)
            out.push_back(&c);
    }
    return out;
}

QString texts(const StatusCode &c)
{
    QStringList all{QString::fromUtf8(c.meaning), QString::fromUtf8(c.explanation)};
    for (const char *cause : c.causes)
        all << QString::fromUtf8(cause);
    for (const NextStep &s : c.nextSteps)
        all << QString::fromUtf8(s.text);
    return all.join(QLatin1Char(' '));
}

} // namespace

class TestCatalogTlsAlert : public QObject
{
    Q_OBJECT

private slots:
    void referenceTableReadable();
    void everyRowPresent_data();
    void everyRowPresent();
    void matchesSchannelHeader();
    void familySize();
    void everyFieldWritten_data();
    void everyFieldWritten();
    void relatedCodesResolve_data();
    void relatedCodesResolve();
    void fingerprints_data();
    void fingerprints();
    void fingerprintsUnique();
    void severities();
};

void TestCatalogTlsAlert::referenceTableReadable()
{
    const TsvTable t = readTsv(tablePath());
    QVERIFY2(!t.header.isEmpty(), qPrintable(QStringLiteral("cannot read %1").arg(tablePath())));
    QCOMPARE(t.rows.size(), 34);
    for (const char *col : {"alert", "rfc_name", "schannel_h_symbol", "sec_symbol", "sec_hex"})
        QVERIFY2(t.column(col) >= 0, col);
}

void TestCatalogTlsAlert::everyRowPresent_data()
{
    QTest::addColumn<bool>("readable");
    QTest::addColumn<quint32>("alert");
    QTest::addColumn<QString>("rfcName");
    QTest::addColumn<QString>("schannelSymbol");
    QTest::addColumn<QString>("secSymbol");
    QTest::addColumn<quint32>("secValue");
    const TsvTable t = readTsv(tablePath());
    if (t.rows.isEmpty()) {
        // One failing row names the missing file (a _data function without rows aborts QTest).
        QTest::newRow("tls-alerts.tsv missing") << false << 0u << QString() << QString() << QString() << 0u;
        return;
    }
    for (const QStringList &r : t.rows) {
        const QString alert = r.value(t.column("alert"));
        QTest::newRow(qPrintable(alert + QLatin1Char(' ') + r.value(t.column("rfc_name"))))
            << true << alert.toUInt() << r.value(t.column("rfc_name")) << r.value(t.column("schannel_h_symbol"))
            << r.value(t.column("sec_symbol")) << r.value(t.column("sec_hex")).toUInt(nullptr, 16);
    }
}

void TestCatalogTlsAlert::everyRowPresent()
{
    QFETCH(bool, readable);
    QFETCH(quint32, alert);
    QFETCH(QString, rfcName);
    QFETCH(QString, schannelSymbol);
    QFETCH(QString, secSymbol);
    QFETCH(quint32, secValue);
    QVERIFY2(readable, qPrintable(QStringLiteral("cannot read %1").arg(tablePath())));

    const Catalog &cat = Catalog::instance();
    const StatusCode *code = cat.byValue(alert, Family::TlsAlert);
    QVERIFY2(code, qPrintable(QStringLiteral("alert %1 missing").arg(alert)));
    QCOMPARE(code->family, Family::TlsAlert);
    QCOMPARE(code->value, alert);
    if (!schannelSymbol.isEmpty())
        QCOMPARE(code->symbolString(), schannelSymbol);
    QVERIFY2(code->allNames().contains(rfcName), qPrintable(rfcName));
    QCOMPARE(cat.bySymbol(rfcName), code);
    QCOMPARE(cat.bySymbol(code->symbolString()), code);

    // The code Schannel returns on receiving the alert is a related code with the table's value.
    bool found = false;
    for (const RelatedCode &r : code->related) {
        if (QLatin1String(r.symbol) != secSymbol)
            continue;
        found = true;
        QCOMPARE(r.family, secSymbol.startsWith(QLatin1String("SEC_")) ? Family::Sspi : Family::HResult);
        QCOMPARE(r.value, secValue);
        if (const StatusCode *target = cat.entryOf(r))
            QCOMPARE(target->value, secValue);
        else
            QVERIFY2(r.family != Family::Sspi, qPrintable(secSymbol)); // the SSPI family is complete
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 not related to alert %2").arg(secSymbol).arg(alert)));
}

void TestCatalogTlsAlert::matchesSchannelHeader()
{
    QFile header(schannelHeaderPath());
    QVERIFY2(header.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("cannot read %1 (install mingw-w64-common)").arg(header.fileName())));
    const QString text = QString::fromLatin1(header.readAll());
    const QRegularExpression re(QStringLiteral(R"(^\s*#\s*define\s+(TLS1_ALERT_[A-Z0-9_]+)\s+(\d+)\s*$)"),
                                QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (name == QLatin1String("TLS1_ALERT_WARNING") || name == QLatin1String("TLS1_ALERT_FATAL"))
            continue; // alert levels, not descriptions
        ++count;
        const StatusCode *code = Catalog::instance().bySymbol(name);
        QVERIFY2(code, qPrintable(QStringLiteral("%1 missing from the catalog").arg(name)));
        QCOMPARE(code->family, Family::TlsAlert);
        QCOMPARE(code->symbolString(), name);
        QCOMPARE(code->value, m.captured(2).toUInt());
    }
    QCOMPARE(count, 26);
}

void TestCatalogTlsAlert::familySize()
{
    QCOMPARE(int(tlsEntries().size()), 34);
}

void TestCatalogTlsAlert::everyFieldWritten_data()
{
    QTest::addColumn<quint32>("alert");
    for (const StatusCode *c : tlsEntries())
        QTest::newRow(c->symbol) << c->value;
}

void TestCatalogTlsAlert::everyFieldWritten()
{
    QFETCH(quint32, alert);
    const StatusCode &c = *Catalog::instance().byValue(alert, Family::TlsAlert);
    QVERIFY2(!c.windowsMessage, "an alert number has no FormatMessage text");
    QVERIFY(!blank(c.meaning));
    QVERIFY(!blank(c.explanation));
    QVERIFY2(QString::fromUtf8(c.meaning).size() <= 140, "the meaning is one line");
    QVERIFY(c.causes.size() >= 2);
    QVERIFY(c.nextSteps.size() >= 2);
    QVERIFY(!c.related.empty());
    QCOMPARE(c.packages, Packages(Schannel));
    for (const char *cause : c.causes)
        QVERIFY(!blank(cause));
    for (const NextStep &s : c.nextSteps) {
        QVERIFY(!blank(s.text));
        if (s.command)
            QVERIFY2(!blank(s.command), "a command, when given, is not empty");
    }
    // Every fatal-capable alert names the Schannel events that carry it; close_notify is never fatal.
    if (alert != 0) {
        QSet<quint16> ids;
        for (const EventSite &e : c.events) {
            QCOMPARE(QLatin1String(e.field), QLatin1String("AlertDesc"));
            ids.insert(e.eventId);
        }
        QCOMPARE(ids, (QSet<quint16>{36887, 36888}));
    } else {
        QVERIFY(c.events.empty());
    }
    // The explanation says what the Windows side logs.
    QVERIFY2(texts(c).contains(QLatin1String("36887")), c.symbol);
}

void TestCatalogTlsAlert::relatedCodesResolve_data()
{
    everyFieldWritten_data();
}

void TestCatalogTlsAlert::relatedCodesResolve()
{
    QFETCH(quint32, alert);
    const Catalog &cat = Catalog::instance();
    const StatusCode &c = *cat.byValue(alert, Family::TlsAlert);
    for (const RelatedCode &r : c.related) {
        QVERIFY(!blank(r.symbol));
        QVERIFY(!blank(r.note));
        const StatusCode *target = cat.entryOf(r);
        if (r.family == Family::Sspi || r.family == Family::TlsAlert) {
            // Families that are complete in this tree must resolve, by symbol and to the stored value.
            QVERIFY2(target, r.symbol);
            QCOMPARE(target->symbolString(), QString::fromLatin1(r.symbol));
            QCOMPARE(target->value, r.value);
            QVERIFY2(target != &c, "a code is not related to itself");
        } else {
            // Another helper's family: the family and value are set so the link resolves after merging.
            QVERIFY2(r.value != 0, r.symbol);
            if (target)
                QCOMPARE(target->value, r.value);
        }
    }
}

void TestCatalogTlsAlert::fingerprints_data()
{
    everyFieldWritten_data();
}

void TestCatalogTlsAlert::fingerprints()
{
    QFETCH(quint32, alert);
    const StatusCode &c = *Catalog::instance().byValue(alert, Family::TlsAlert);
    for (const char *fp : c.fingerprints) {
        QVERIFY(!blank(fp));
        const QString text = QString::fromUtf8(fp);
        QVERIFY2(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 3, fp);
        QVERIFY2(!text.contains(QLatin1String("alert number")), "numbers are left to the scanner");
        QVERIFY2(Catalog::instance().byMessage(text).contains(&c), fp);
    }
}

void TestCatalogTlsAlert::fingerprintsUnique()
{
    QHash<QString, QString> owner;
    for (const StatusCode &c : Catalog::instance().codes()) {
        for (const char *fp : c.fingerprints) {
            const QString key = Catalog::normaliseMessage(QString::fromUtf8(fp));
            QVERIFY2(!owner.contains(key),
                     qPrintable(QStringLiteral("'%1' in %2 and %3").arg(key, owner.value(key), c.symbolString())));
            owner.insert(key, c.symbolString());
        }
    }
    // The common OpenSSL spellings name the right alert.
    const Catalog &cat = Catalog::instance();
    QCOMPARE(cat.byMessage(u"sslv3 alert handshake failure").value(0), cat.byValue(40, Family::TlsAlert));
    QCOMPARE(cat.byMessage(u"SSL/TLS alert handshake failure").value(0), cat.byValue(40, Family::TlsAlert));
    QCOMPARE(cat.byMessage(u"tlsv1 alert unknown ca").value(0), cat.byValue(48, Family::TlsAlert));
    QCOMPARE(cat.byMessage(u"tlsv1 alert protocol version").value(0), cat.byValue(70, Family::TlsAlert));
    QCOMPARE(cat.byMessage(u"tlsv13 alert certificate required").value(0), cat.byValue(116, Family::TlsAlert));
}

void TestCatalogTlsAlert::severities()
{
    const QSet<quint32> warningLevel{0, 90, 100};
    for (const StatusCode *c : tlsEntries()) {
        if (warningLevel.contains(c->value)) {
            QCOMPARE(c->severity, Severity::Informational);
            QCOMPARE(c->category, Category::SuccessContinuation);
            const QString all = texts(*c).toLower();
            QVERIFY2(all.contains(QLatin1String("not an error")) || all.contains(QLatin1String("not a failure")),
                     c->symbol);
        } else {
            QCOMPARE(c->severity, Severity::Error);
            QVERIFY(c->category != Category::SuccessContinuation);
        }
    }
}

QTEST_GUILESS_MAIN(TestCatalogTlsAlert)
#include "tst_catalog_tlsalert.moc"
