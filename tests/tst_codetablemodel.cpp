// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "codetablemodel.h"
#include "guitest.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QFontInfo>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sspilens;

class TestCodeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void modelTester();
    void shape();
    void headers_data();
    void headers();
    void rows_data();
    void rows();
    void roles();
    void valueSortIsNumeric();
    void valueSortsWithinFamily();
    void rowOf();
    void families_data();
    void families();
    void flags();
    void aliasesInTooltip();
    void retranslateSignals();
    void copyLine_data();
    void copyLine();
    void markdown_data();
    void markdown();
    void severityIcons_data();
    void severityIcons();
};

namespace {
const StatusCode &code(const char *symbol)
{
    const StatusCode *c = Catalog::instance().bySymbol(QString::fromLatin1(symbol));
    if (!c)
        qFatal("symbol %s not in the catalog", symbol);
    return *c;
}
} // namespace

void TestCodeTableModel::init()
{
    sspilens::test::failOnUnexpectedWarnings();
}

void TestCodeTableModel::modelTester()
{
    CodeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.retranslate();
    QCOMPARE(model.rowCount(), Catalog::instance().size());
}

void TestCodeTableModel::shape()
{
    CodeTableModel model;
    // Every family's codes, not only the 93 SSPI ones.
    const int total = Catalog::instance().size();
    QCOMPARE(model.rowCount(), total);
    QVERIFY(total > 93);
    QCOMPARE(model.columnCount(), int(CodeTableModel::ColumnCount));
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QVERIFY(!model.index(total, 0).isValid());
    QVERIFY(model.codeAt(total) == nullptr);
    QVERIFY(model.codeAt(-1) == nullptr);
}

void TestCodeTableModel::headers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    QTest::newRow("family") << int(CodeTableModel::FamilyColumn) << "Family";
    QTest::newRow("value") << int(CodeTableModel::ValueColumn) << "Value";
    QTest::newRow("symbol") << int(CodeTableModel::SymbolColumn) << "Symbol";
    QTest::newRow("severity") << int(CodeTableModel::SeverityColumn) << "Severity";
    QTest::newRow("category") << int(CodeTableModel::CategoryColumn) << "Category";
    QTest::newRow("meaning") << int(CodeTableModel::MeaningColumn) << "Meaning";
}

void TestCodeTableModel::headers()
{
    QFETCH(int, column);
    QFETCH(QString, title);
    CodeTableModel model;
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), title);
    QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestCodeTableModel::rows_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("category");
    QTest::newRow("ok") << "SEC_E_OK"
                        << "0x00000000" << int(Severity::Success) << int(Category::SuccessContinuation);
    QTest::newRow("continue") << "SEC_I_CONTINUE_NEEDED"
                              << "0x00090312" << int(Severity::Informational) << int(Category::SuccessContinuation);
    QTest::newRow("logon denied") << "SEC_E_LOGON_DENIED"
                                  << "0x8009030C" << int(Severity::Error) << int(Category::CredentialsLogon);
    QTest::newRow("untrusted root") << "SEC_E_UNTRUSTED_ROOT"
                                    << "0x80090325" << int(Severity::Error) << int(Category::CertificatesSmartCards);
    QTest::newRow("wrong principal") << "SEC_E_WRONG_PRINCIPAL"
                                     << "0x80090322" << int(Severity::Error) << int(Category::KerberosKdc);
}

void TestCodeTableModel::rows()
{
    QFETCH(QString, symbol);
    QFETCH(QString, hex);
    QFETCH(int, severity);
    QFETCH(int, category);

    CodeTableModel model;
    const StatusCode &c = code(qPrintable(symbol));
    const int row = model.rowOf(&c);
    QVERIFY(row >= 0);
    QCOMPARE(model.rowOf(c.family, c.value), row);
    QCOMPARE(model.codeAt(row), &c);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

    QCOMPARE(cell(CodeTableModel::ValueColumn).toString(), hex);
    QCOMPARE(cell(CodeTableModel::SymbolColumn).toString(), symbol);
    QCOMPARE(cell(CodeTableModel::SeverityColumn).toString(), severityName(static_cast<Severity>(severity)));
    QCOMPARE(cell(CodeTableModel::CategoryColumn).toString(), categoryName(static_cast<Category>(category)));
    QCOMPARE(cell(CodeTableModel::MeaningColumn).toString(), trCatalog(c.meaning));
    QVERIFY(!cell(CodeTableModel::MeaningColumn).toString().isEmpty());

    const QString valueTip = cell(CodeTableModel::ValueColumn, Qt::ToolTipRole).toString();
    QVERIFY2(valueTip.contains(QString::number(c.signedValue())), qPrintable(valueTip));
    QVERIFY2(valueTip.contains(QString::number(c.unsignedValue())), qPrintable(valueTip));
    QCOMPARE(cell(0, CodeTableModel::SeverityRole).toInt(), severity);
    QCOMPARE(cell(0, CodeTableModel::CategoryRole).toInt(), category);
    QCOMPARE(cell(0, CodeTableModel::PackagesRole).toInt(), int(c.packages));
    QCOMPARE(cell(0, CodeTableModel::SymbolRole).toString(), symbol);
}

void TestCodeTableModel::roles()
{
    CodeTableModel model;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CodeTableModel::ValueColumn);
        const StatusCode *c = CodeTableModel::codeFromIndex(index);
        QVERIFY(c);
        QCOMPARE(c, model.codeAt(row));
        QCOMPARE(index.data(CodeTableModel::ValueRole).toUInt(), c->value);
        QCOMPARE(index.data(CodeTableModel::FamilyRole).toInt(), int(c->family));
        QCOMPARE(index.data(CodeTableModel::IdentityRole).toULongLong(), Catalog::identity(c->family, c->value));
        // The value sorts within its family: the key is the identity (family, value).
        QCOMPARE(index.data(CodeTableModel::SortRole).typeId(), int(QMetaType::ULongLong));
        QCOMPARE(index.data(CodeTableModel::SortRole).toULongLong(), Catalog::identity(c->family, c->value));
        QCOMPARE(model.index(row, CodeTableModel::FamilyColumn).data(CodeTableModel::SortRole),
                 index.data(CodeTableModel::SortRole));
    }
    const QVariant font = model.index(0, CodeTableModel::ValueColumn).data(Qt::FontRole);
    QVERIFY(font.canConvert<QFont>());
    QVERIFY(QFontInfo(font.value<QFont>()).fixedPitch());
    QVERIFY(!model.index(0, CodeTableModel::ValueColumn).data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(CodeTableModel::codeFromIndex(QModelIndex()) == nullptr);
}

void TestCodeTableModel::valueSortIsNumeric()
{
    CodeTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CodeTableModel::SortRole);
    const auto valueAt = [&proxy](int row) {
        return proxy.index(row, CodeTableModel::ValueColumn).data(CodeTableModel::SortRole).toULongLong();
    };
    proxy.sort(CodeTableModel::ValueColumn, Qt::DescendingOrder);
    QVERIFY(proxy.rowCount() == model.rowCount() && proxy.rowCount() > 90);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY2(valueAt(row - 1) >= valueAt(row), qPrintable(QString::number(row)));
    proxy.sort(CodeTableModel::ValueColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY2(valueAt(row - 1) <= valueAt(row), qPrintable(QString::number(row)));
    // 0x00090312 (SEC_I_CONTINUE_NEEDED) sorts before 0x80090300 although "590610" > "-2146893056".
    const auto rowOf = [&proxy](const char *symbol) {
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (proxy.index(row, CodeTableModel::SymbolColumn).data().toString() == QLatin1String(symbol))
                return row;
        }
        return -1;
    };
    QVERIFY(rowOf("SEC_I_CONTINUE_NEEDED") >= 0);
    QVERIFY(rowOf("SEC_I_CONTINUE_NEEDED") < rowOf("SEC_E_INSUFFICIENT_MEMORY"));
}

void TestCodeTableModel::valueSortsWithinFamily()
{
    CodeTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CodeTableModel::SortRole);
    proxy.sort(CodeTableModel::ValueColumn, Qt::AscendingOrder);
    // Families stay together, in family order, each sorted by value: Kerberos 0x18 (24) does not
    // land between SSPI codes or next to Win32 24-something.
    const auto codeAt = [&proxy](int row) { return CodeTableModel::codeFromIndex(proxy.index(row, 0)); };
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const StatusCode *a = codeAt(row - 1);
        const StatusCode *b = codeAt(row);
        QVERIFY2(a->family < b->family || (a->family == b->family && a->value < b->value),
                 qPrintable(QStringLiteral("%1 before %2").arg(a->symbolString(), b->symbolString())));
    }
    QCOMPARE(codeAt(0)->family, Family::Sspi);
    QCOMPARE(codeAt(proxy.rowCount() - 1)->family, Family::HResult);
    // Sorting by the family column gives the same order.
    QList<const StatusCode *> byValue;
    for (int row = 0; row < proxy.rowCount(); ++row)
        byValue << codeAt(row);
    proxy.sort(CodeTableModel::FamilyColumn, Qt::AscendingOrder);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(codeAt(row), byValue.at(row));
}

void TestCodeTableModel::rowOf()
{
    CodeTableModel model;
    for (int row = 0; row < model.rowCount(); ++row) {
        const StatusCode *c = model.codeAt(row);
        QCOMPARE(model.rowOf(c), row);
        QCOMPARE(model.rowOf(c->family, c->value), row);
    }
    QCOMPARE(model.rowOf(nullptr), -1);
    QCOMPARE(model.rowOf(Family::Sspi, 0x80070005u), -1);
    QCOMPARE(model.rowOf(Family::Sspi, 0x800903FFu), -1);
    // Identity is (family, value): 0x18 is a Kerberos code, not an SSPI one.
    const StatusCode *preauth = Catalog::instance().byValue(0x18, Family::Kerberos);
    QVERIFY(preauth);
    QCOMPARE(model.codeAt(model.rowOf(Family::Kerberos, 0x18))->symbolString(), preauth->symbolString());
    QCOMPARE(model.rowOf(Family::Sspi, 0x18), -1);
    const StatusCode *logonFailure = Catalog::instance().byValue(1326, Family::Win32);
    QVERIFY(logonFailure);
    QCOMPARE(model.codeAt(model.rowOf(Family::Win32, 1326)), logonFailure);
    // 48 is both KRB_AP_ERR_METHOD (Kerberos 0x30) and TLS alert 48 (unknown_ca): two rows.
    const int kerberos48 = model.rowOf(Family::Kerberos, 48);
    const int tls48 = model.rowOf(Family::TlsAlert, 48);
    QVERIFY(kerberos48 >= 0 && tls48 >= 0 && kerberos48 != tls48);
    QCOMPARE(model.codeAt(kerberos48)->symbolString(), QStringLiteral("KRB_AP_ERR_METHOD"));
    QCOMPARE(model.codeAt(tls48)->symbolString(), QStringLiteral("TLS1_ALERT_UNKNOWN_CA"));
    // A copy of an entry is not the entry.
    const StatusCode copy = *preauth;
    QCOMPARE(model.rowOf(&copy), -1);
}

void TestCodeTableModel::families_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("notations"); // every notation the value tooltip lists
    QTest::newRow("SSPI") << "SEC_E_LOGON_DENIED"
                          << "SSPI"
                          << "0x8009030C" << QStringList{"0x8009030C", "-2146893044", "2148074252"};
    QTest::newRow("NTSTATUS") << "STATUS_LOGON_FAILURE"
                              << "NTSTATUS"
                              << "0xC000006D" << QStringList{"0xC000006D", "-1073741715", "3221225581", "0xD000006D"};
    QTest::newRow("Kerberos") << "KDC_ERR_PREAUTH_FAILED"
                              << "Kerberos"
                              << "0x18" << QStringList{"0x18", "24"};
    QTest::newRow("TLS alert") << "TLS1_ALERT_UNKNOWN_CA"
                               << "TLS alert"
                               << "48" << QStringList{"48", "0x30"};
    QTest::newRow("Win32") << "ERROR_LOGON_FAILURE"
                           << "Win32"
                           << "1326" << QStringList{"1326", "0x0000052E", "0x8007052E"};
    QTest::newRow("HRESULT") << "CERT_E_UNTRUSTEDROOT"
                             << "HRESULT"
                             << "0x800B0109" << QStringList{"0x800B0109", "-2146762487", "2148204809"};
}

void TestCodeTableModel::families()
{
    QFETCH(QString, symbol);
    QFETCH(QString, family);
    QFETCH(QString, value);
    QFETCH(QStringList, notations);
    CodeTableModel model;
    const StatusCode &c = code(qPrintable(symbol));
    const int row = model.rowOf(&c);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CodeTableModel::FamilyColumn).data().toString(), family);
    QCOMPARE(model.index(row, CodeTableModel::ValueColumn).data().toString(), value);
    const QString tip = model.index(row, CodeTableModel::ValueColumn).data(Qt::ToolTipRole).toString();
    for (const QString &n : notations)
        QVERIFY2(tip.contains(n), qPrintable(tip));
    const QString accessible = model.index(row, CodeTableModel::ValueColumn).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.contains(notations.last()), qPrintable(accessible));
    // Small numbers name their family wherever they stand alone.
    const QString line = CodeTableModel::copyLine(c);
    if (c.family == Family::Kerberos || c.family == Family::TlsAlert || c.family == Family::Win32)
        QVERIFY2(line.startsWith(QStringLiteral("%1 (%2 %3): ").arg(symbol, family, value)), qPrintable(line));
    else
        QVERIFY2(line.startsWith(QStringLiteral("%1 (%2): ").arg(symbol, value)), qPrintable(line));
    const QString md = CodeTableModel::markdown(c);
    QVERIFY2(md.contains(QStringLiteral("- **Family:** %1").arg(family)), qPrintable(md));
    for (const QString &n : notations)
        QVERIFY2(md.contains(QStringLiteral("`%1`").arg(n)), qPrintable(md));
}

void TestCodeTableModel::flags()
{
    CodeTableModel model;
    const Qt::ItemFlags f = model.flags(model.index(3, CodeTableModel::SymbolColumn));
    QVERIFY(f.testFlag(Qt::ItemIsEnabled));
    QVERIFY(f.testFlag(Qt::ItemIsSelectable));
    QVERIFY(!f.testFlag(Qt::ItemIsEditable));
    QVERIFY(model.flags(QModelIndex()) == Qt::NoItemFlags);
}

void TestCodeTableModel::aliasesInTooltip()
{
    CodeTableModel model;
    const StatusCode &c = code("SEC_E_NO_SPM");
    QCOMPARE(c.symbolString(), QStringLiteral("SEC_E_INTERNAL_ERROR"));
    const QString tip = model.index(model.rowOf(&c), CodeTableModel::SymbolColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("SEC_E_NO_SPM")), qPrintable(tip));
}

void TestCodeTableModel::retranslateSignals()
{
    CodeTableModel model;
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), CodeTableModel::ColumnCount - 1);
    QCOMPARE(cells.count(), 1);
    const auto topLeft = cells.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = cells.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, 0));
    QCOMPARE(bottomRight, model.index(model.rowCount() - 1, CodeTableModel::ColumnCount - 1));
    const auto roles = cells.at(0).at(2).value<QList<int>>();
    // No roles means every role: display texts, tooltips and sort keys are all re-read.
    QVERIFY(roles.isEmpty() || roles.contains(Qt::DisplayRole));
}

void TestCodeTableModel::copyLine_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("logon denied") << "SEC_E_LOGON_DENIED"
                                  << "SEC_E_LOGON_DENIED (0x8009030C): ";
    QTest::newRow("untrusted root") << "SEC_E_UNTRUSTED_ROOT"
                                    << "SEC_E_UNTRUSTED_ROOT (0x80090325): ";
    QTest::newRow("informational") << "SEC_I_CONTINUE_NEEDED"
                                   << "SEC_I_CONTINUE_NEEDED (0x00090312): ";
}

void TestCodeTableModel::copyLine()
{
    QFETCH(QString, symbol);
    QFETCH(QString, prefix);
    const StatusCode &c = code(qPrintable(symbol));
    QCOMPARE(CodeTableModel::copyLine(c), prefix + trCatalog(c.meaning));
}

void TestCodeTableModel::markdown_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::newRow("wrong principal") << "SEC_E_WRONG_PRINCIPAL";
    QTest::newRow("internal error with alias") << "SEC_E_INTERNAL_ERROR";
    QTest::newRow("ok") << "SEC_E_OK";
}

void TestCodeTableModel::markdown()
{
    QFETCH(QString, symbol);
    const StatusCode &c = code(qPrintable(symbol));
    const QString md = CodeTableModel::markdown(c);
    QVERIFY2(md.startsWith(QStringLiteral("### %1 (%2)\n").arg(symbol, c.hex())), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("`%1`").arg(c.signedValue())));
    QVERIFY(md.contains(QStringLiteral("`%1`").arg(c.unsignedValue())));
    QVERIFY(md.contains(trCatalog(c.meaning)));
    for (const QString &alias : c.aliasList())
        QVERIFY(md.contains(QStringLiteral("`%1`").arg(alias)));
    for (const char *cause : c.causes)
        QVERIFY(md.contains(QStringLiteral("- ") + trCatalog(cause)));
    for (const NextStep &step : c.nextSteps) {
        QVERIFY(md.contains(trCatalog(step.text)));
        if (step.command)
            QVERIFY2(md.contains(QStringLiteral("   ```\n   %1\n   ```").arg(QString::fromUtf8(step.command))),
                     step.command);
    }
    for (const RelatedCode &rel : c.related)
        QVERIFY(md.contains(QStringLiteral("`%1`").arg(QLatin1String(rel.symbol))));
    QVERIFY(md.endsWith(QLatin1Char('\n')));
    QVERIFY(!md.endsWith(QStringLiteral("\n\n")));
}

void TestCodeTableModel::severityIcons_data()
{
    QTest::addColumn<int>("severity");
    QTest::newRow("error") << int(Severity::Error);
    QTest::newRow("informational") << int(Severity::Informational);
    QTest::newRow("success") << int(Severity::Success);
}

void TestCodeTableModel::severityIcons()
{
    QFETCH(int, severity);
    const QIcon icon = CodeTableModel::severityIcon(static_cast<Severity>(severity));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixmap(16, 16).size(), QSize(16, 16));

    CodeTableModel model;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (int(model.codeAt(row)->severity) != severity)
            continue;
        const QVariant decoration = model.index(row, CodeTableModel::SeverityColumn).data(Qt::DecorationRole);
        QVERIFY(decoration.canConvert<QIcon>());
        QVERIFY(!decoration.value<QIcon>().isNull());
        QVERIFY(!model.index(row, CodeTableModel::SymbolColumn).data(Qt::DecorationRole).isValid());
        return;
    }
    QFAIL("no code of this severity");
}

QTEST_MAIN(TestCodeTableModel)
#include "tst_codetablemodel.moc"
