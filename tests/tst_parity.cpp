// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The command line and the log decoder read a file through the same pipeline: for every file of
// the corpus and for CRLF, lone-CR and mixed-binary files, `sspilens-cli decode --format json` and
// the real LogPanel's JSON export list the same findings (review B2, B3).
#include "cliprocess.h"
#include "guitest.h"
#include "logpanel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QJsonArray findingsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("findings")).toArray();
}

/// What both must agree on (the file member differs: a path for the CLI, a name for the GUI).
QStringList comparable(const QJsonArray &findings)
{
    QStringList rows;
    for (const QJsonValue &v : findings) {
        const QJsonObject o = v.toObject();
        QStringList row;
        for (const char *key : {"offset", "line", "column", "length", "form", "value", "family", "symbol", "text"})
            row << o.value(QLatin1String(key)).toVariant().toString();
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameFindings_data();
    void sameFindings();

private:
    QTemporaryDir m_dir;
};

void TestParity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SSPILensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_parity"));
    QVERIFY(QFileInfo(program()).isExecutable());
    QVERIFY(m_dir.isValid());
}

void TestParity::sameFindings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("panelThreshold"); ///< the panel's background threshold (small: worker)
    const QDir corpus(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/corpus"));
    for (const QString &name : corpus.entryList(QDir::Files, QDir::Name)) {
        if (name == QLatin1String("expected.tsv"))
            continue;
        QTest::addRow("%s", qPrintable(name)) << corpus.filePath(name) << int(LogPanel::DefaultBackgroundThreshold);
        QTest::addRow("%s, worker", qPrintable(name)) << corpus.filePath(name) << 16;
    }
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return f.fileName();
    };
    const QByteArray lines = "line one 0x80090325\nSEC_E_TIME_SKEW and -2146893019\nThe target principal name is "
                             "incorrect.\nKDC_ERR_PREAUTH_FAILED STATUS_WRONG_PASSWORD\n";
    QTest::addRow("CRLF") << write(QStringLiteral("crlf.log"), QByteArray(lines).replace("\n", "\r\n").repeated(50))
                          << 16;
    QTest::addRow("lone CR") << write(QStringLiteral("cr.log"), QByteArray(lines).replace("\n", "\r").repeated(50))
                             << 16;
    QTest::addRow("review B2 repro") << write(QStringLiteral("b2.log"),
                                              "line one\r\nline two 0x80090325\r\nthird\rfourth SEC_E_TIME_SKEW")
                                     << int(LogPanel::DefaultBackgroundThreshold);
    QByteArray mixed;
    QRandomGenerator rng(11);
    while (mixed.size() < 20000) {
        mixed += "2026-03-02 08:12:40 bind failed 0x80090325\r\n";
        for (int i = 0; i < 60; ++i) {
            const quint32 r = rng.bounded(1000u);
            mixed += r < 200 ? '\xFF' : r < 235 ? '\x01' : char('a' + r % 26);
        }
        mixed += '\r';
    }
    QTest::newRow("review B3 repro: 11 percent 0xFF, 1.9 percent 0x01")
        << write(QStringLiteral("mixed.log"), mixed) << 16;
}

void TestParity::sameFindings()
{
    QFETCH(QString, path);
    QFETCH(int, panelThreshold);
    QVERIFY(!path.isEmpty());
    sspilens::test::failOnUnexpectedWarnings();
    QSettings().clear();

    const Run cli = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(cli.exitCode, 0);
    const QStringList expected = comparable(findingsOf(cli.out));
    QVERIFY(!expected.isEmpty());

    LogPanel panel;
    panel.setBackgroundThreshold(panelThreshold);
    QVERIFY2(panel.openFile(path), qPrintable(panel.message()));
    QVERIFY(QTest::qWaitFor([&panel] { return !panel.isBusy(); }, 60000));
    QCOMPARE(panel.sourcePath(), QFileInfo(path).absoluteFilePath());
    const QString json = m_dir.filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(panel.exportFindings(json, LogPanel::ExportFormat::Json, &error), qPrintable(error));
    QFile exported(json);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QStringList actual = comparable(findingsOf(exported.readAll()));
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

QTEST_MAIN(TestParity)
#include "tst_parity.moc"
