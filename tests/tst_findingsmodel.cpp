// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "logpanel.h"
#include "report.h"
#include "scanner.h"
#include "summarymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace sspilens;

namespace {

FindingList scanText(const QString &text)
{
    return std::make_shared<const std::vector<Finding>>(LogScanner().scan(text));
}

// Three lines, four findings of three codes, one of them unknown to winerror.h (0x800903FF lies
// in the SSPI block, but no macro names it).
const QString smallLog = QStringLiteral("a 0x80090325 then SEC_E_UNTRUSTED_ROOT\n"
                                        "b -2146893048\n"
                                        "c 0x800903FF\n");

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findingsUnderTester();
    void summaryUnderTester();
    void findingColumns_data();
    void findingColumns();
    void unknownCode();
    void findingsSortNumerically();
    void summaryRows_data();
    void summaryRows();
    void summarySorts_data();
    void summarySorts();
    void retranslateSignals();
    void resetToEmpty();
};

void TestFindingsModel::init()
{
    sspilens::test::failOnUnexpectedWarnings();
}

void TestFindingsModel::findingsUnderTester()
{
    FindingsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FindingsModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(scanText(LogPanel::sampleLog()));
    QVERIFY(model.rowCount() > 20);
    for (int column = 0; column < FindingsModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        proxy.sort(column, Qt::AscendingOrder);
    }
    model.setFindings(scanText(smallLog));
    model.setFindings(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::summaryUnderTester()
{
    SummaryModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SummaryModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FindingList findings = scanText(LogPanel::sampleLog());
    model.setRows(SummaryModel::buildRows(*findings));
    QCOMPARE(model.rowCount(), 15);
    for (int column = 0; column < SummaryModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        proxy.sort(column, Qt::AscendingOrder);
    }
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::findingColumns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<quint32>("value");
    QTest::addRow("hex") << 0 << qint64(1) << "0x80090325" << findingFormName(FindingForm::Hex)
                         << "SEC_E_UNTRUSTED_ROOT" << 0x80090325u;
    QTest::addRow("symbol") << 1 << qint64(1) << "SEC_E_UNTRUSTED_ROOT" << findingFormName(FindingForm::Symbol)
                            << "SEC_E_UNTRUSTED_ROOT" << 0x80090325u;
    QTest::addRow("decimal") << 2 << qint64(2) << "-2146893048" << findingFormName(FindingForm::Decimal)
                             << "SEC_E_INVALID_TOKEN" << 0x80090308u;
}

void TestFindingsModel::findingColumns()
{
    QFETCH(int, row);
    QFETCH(qint64, line);
    QFETCH(QString, text);
    QFETCH(QString, form);
    QFETCH(QString, symbol);
    QFETCH(quint32, value);

    FindingsModel model;
    model.setFindings(scanText(smallLog));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(row, FindingsModel::LineColumn).data().toLongLong(), line);
    QCOMPARE(model.index(row, FindingsModel::TextColumn).data().toString(), text);
    QCOMPARE(model.index(row, FindingsModel::FormColumn).data().toString(), form);
    QCOMPARE(model.index(row, FindingsModel::SymbolColumn).data().toString(), symbol);
    const StatusCode *code = Catalog::instance().byValue(value);
    QVERIFY(code);
    QCOMPARE(model.index(row, FindingsModel::MeaningColumn).data().toString(), trCatalog(code->meaning));
    QCOMPARE(model.index(row, 0).data(FindingsModel::ValueRole).value<quint32>(), value);
    QCOMPARE(model.index(row, 0).data(FindingsModel::SymbolRole).toString(), symbol);
    QCOMPARE(model.index(row, 0).data(FindingsModel::FindingIndexRole).toInt(), row);
    QCOMPARE(model.index(row, 0).data(FindingsModel::LineRole).toLongLong(), line);
    QCOMPARE(model.index(row, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(!model.index(row, FindingsModel::SymbolColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(row, FindingsModel::TextColumn).data(Qt::ToolTipRole).toString().contains(symbol));
    const Finding *f = model.findingAt(row);
    QVERIFY(f);
    QCOMPARE(model.index(row, 0).data(FindingsModel::OffsetRole).toLongLong(), f->offset);
    QCOMPARE(model.index(row, 0).data(FindingsModel::LengthRole).toLongLong(), f->length);
    QCOMPARE(smallLog.mid(f->offset, f->length), text);
}

void TestFindingsModel::unknownCode()
{
    FindingsModel model;
    model.setFindings(scanText(smallLog));
    const Finding *f = model.findingAt(3);
    QVERIFY(f);
    QVERIFY(!f->isKnown());
    QCOMPARE(f->value, 0x800903FFu);
    QCOMPARE(model.index(3, FindingsModel::SymbolColumn).data().toString(), QStringLiteral("Unknown SSPI code"));
    QVERIFY(!model.index(3, FindingsModel::MeaningColumn).data().toString().isEmpty());
    QVERIFY(model.index(3, 0).data(FindingsModel::SymbolRole).toString().isEmpty());
    QVERIFY(!model.findingAt(4));
    QVERIFY(!model.findingAt(-1));

    SummaryModel summary;
    summary.setRows(SummaryModel::buildRows(*model.findings()));
    QCOMPARE(summary.rowCount(), 3);
    QCOMPARE(summary.index(2, SummaryModel::SymbolColumn).data().toString(), QStringLiteral("Unknown SSPI code"));
    QCOMPARE(summary.index(2, 0).data(SummaryModel::CategoryRole).toInt(), -1);

    // One wording everywhere: the findings table, the summary, the reports and the status line.
    const QString meaning = model.index(3, FindingsModel::MeaningColumn).data().toString();
    QCOMPARE(meaning, codeMeaning(nullptr));
    QCOMPARE(summary.index(2, SummaryModel::MeaningColumn).data().toString(), meaning);
    QVERIFY(summary.index(2, 0).data(Qt::ToolTipRole).toString().endsWith(meaning));
    QVERIFY(FindingsModel::describe(*f).endsWith(meaning));
    const QString text = formatReport(ReportFormat::Text, *model.findings());
    QVERIFY2(text.contains(QStringLiteral("Unknown SSPI code  0x800903FF  ") + meaning), qPrintable(text));
    QVERIFY(formatReport(ReportFormat::Markdown, *model.findings())
                .contains(QStringLiteral("Unknown SSPI code (0x800903FF)")));
}

void TestFindingsModel::findingsSortNumerically()
{
    // Line 10 must come after line 9, not between 1 and 2 as text would sort it.
    QString text;
    for (int i = 1; i <= 12; ++i)
        text += QStringLiteral("SEC_E_TIME_SKEW on line %1\n").arg(i);
    FindingsModel model;
    model.setFindings(scanText(text));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FindingsModel::SortRole);
    proxy.sort(FindingsModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FindingsModel::LineColumn).data().toLongLong(), 12);
    QCOMPARE(proxy.index(2, FindingsModel::LineColumn).data().toLongLong(), 10);
    QCOMPARE(proxy.index(3, FindingsModel::LineColumn).data().toLongLong(), 9);
    QCOMPARE(proxy.index(0, 0).data(FindingsModel::FindingIndexRole).toInt(), 11);
}

void TestFindingsModel::summaryRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("firstFinding");
    QTest::addRow("untrusted root") << 0 << "SEC_E_UNTRUSTED_ROOT" << qint64(4) << qint64(7) << qint64(13) << 0;
    QTest::addRow("illegal message") << 1 << "SEC_E_ILLEGAL_MESSAGE" << qint64(5) << qint64(11) << qint64(21) << 3;
    QTest::addRow("wrong principal") << 3 << "SEC_E_WRONG_PRINCIPAL" << qint64(4) << qint64(31) << qint64(67) << 11;
    QTest::addRow("continue needed") << 8 << "SEC_I_CONTINUE_NEEDED" << qint64(1) << qint64(72) << qint64(72) << 23;
    QTest::addRow("another family") << 12 << "KDC_ERR_PREAUTH_FAILED" << qint64(1) << qint64(83) << qint64(83) << 28;
}

void TestFindingsModel::summaryRows()
{
    QFETCH(int, row);
    QFETCH(QString, symbol);
    QFETCH(qint64, count);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(int, firstFinding);

    SummaryModel model;
    model.setRows(SummaryModel::buildRows(*scanText(LogPanel::sampleLog())));
    QCOMPARE(model.index(row, SummaryModel::SymbolColumn).data().toString(), symbol);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    QCOMPARE(model.index(row, SummaryModel::ValueColumn).data().toString(), code->hex());
    QCOMPARE(model.index(row, SummaryModel::CountColumn).data().toLongLong(), count);
    QCOMPARE(model.index(row, SummaryModel::FirstLineColumn).data().toLongLong(), first);
    QCOMPARE(model.index(row, SummaryModel::LastLineColumn).data().toLongLong(), last);
    QCOMPARE(model.index(row, SummaryModel::CategoryColumn).data().toString(), categoryName(code->category));
    QCOMPARE(model.index(row, SummaryModel::MeaningColumn).data().toString(), trCatalog(code->meaning));
    QCOMPARE(model.index(row, 0).data(SummaryModel::FirstFindingRole).toInt(), firstFinding);
    QCOMPARE(model.index(row, 0).data(SummaryModel::CountRole).toLongLong(), count);
    QCOMPARE(model.index(row, 0).data(SummaryModel::ValueRole).value<quint32>(), code->value);
    QCOMPARE(model.index(row, 0).data(SummaryModel::SeverityRole).toInt(), int(code->severity));
}

void TestFindingsModel::summarySorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("firstDescending");
    QTest::addRow("count") << int(SummaryModel::CountColumn) << "SEC_E_ILLEGAL_MESSAGE";
    QTest::addRow("last line") << int(SummaryModel::LastLineColumn) << "ERROR_LOGON_FAILURE";
    QTest::addRow("value") << int(SummaryModel::ValueColumn) << "STATUS_DOWNGRADE_DETECTED";
}

void TestFindingsModel::summarySorts()
{
    QFETCH(int, column);
    QFETCH(QString, firstDescending);
    SummaryModel model;
    model.setRows(SummaryModel::buildRows(*scanText(LogPanel::sampleLog())));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SummaryModel::SortRole);
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, SummaryModel::SymbolColumn).data().toString(), firstDescending);
}

void TestFindingsModel::retranslateSignals()
{
    FindingsModel findings;
    findings.setFindings(scanText(smallLog));
    QSignalSpy headers(&findings, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&findings, &QAbstractItemModel::dataChanged);
    findings.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), FindingsModel::ColumnCount - 1);
    QCOMPARE(cells.count(), 1);

    SummaryModel summary;
    summary.setRows(SummaryModel::buildRows(*findings.findings()));
    QSignalSpy summaryHeaders(&summary, &QAbstractItemModel::headerDataChanged);
    QSignalSpy summaryCells(&summary, &QAbstractItemModel::dataChanged);
    summary.retranslate();
    QCOMPARE(summaryHeaders.count(), 1);
    QCOMPARE(summaryCells.count(), 1);
    QCOMPARE(summary.headerData(SummaryModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Count"));
    QCOMPARE(findings.headerData(FindingsModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Matched text"));
}

void TestFindingsModel::resetToEmpty()
{
    FindingsModel model;
    model.setFindings(scanText(smallLog));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFindings(scanText(QStringLiteral("nothing to see")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(cells.count(), 0);
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
