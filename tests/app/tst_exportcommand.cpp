// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "runbroadsheet.h"

using namespace Qt::StringLiterals;

namespace {

// The real binary; printing a PDF can take a while on a loaded machine.
Run broadsheet(const QStringList &arguments)
{
    return runBroadsheet(arguments, QDir::tempPath() + u"/tst_exportcommand-config"_s, 180000);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QString m_sample;
    QTemporaryDir m_out;

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFINDTESTDATA("../../resources/sample-library");
        QVERIFY(!m_sample.isEmpty());
    }

    void exportPdf_withoutDisplay_writesAReadablePdf()
    {
        const QString pdf = m_out.filePath(u"library.pdf"_s);
        const Run run = broadsheet({u"export"_s, u"--pdf"_s, pdf, m_sample});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QDir::toNativeSeparators(pdf))); // says where the file went
        const QString text = pdfText(pdf).remove(QRegularExpression(u"\\s+"_s));
        QVERIFY(text.contains(u"河南省委书记楼阳生"_s));
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).size(), 1); // no .part left behind
    }

    void exportPdf_filters_keepOnlyMatchingArticles()
    {
        const QString pdf = m_out.filePath(u"filtered.pdf"_s);
        const Run run = broadsheet({u"export"_s, u"--pdf"_s, pdf, u"--from"_s, u"2022-02-10"_s, u"--to"_s,
                                    u"2022-02-10"_s, u"--page-size"_s, u"Letter"_s, m_sample});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf).remove(QRegularExpression(u"\\s+"_s));
        QVERIFY(text.contains(u"河南省委书记楼阳生"_s));
    }

    void exportPdf_withMentions_listsThemUnderTheArticle()
    {
        const QString pdf = m_out.filePath(u"mentions.pdf"_s);
        const Run run =
            broadsheet({u"export"_s, u"--pdf"_s, pdf, u"--mentions"_s, u"--mention"_s, u"601939"_s,
                        u"--from"_s, u"2022-02-10"_s, u"--to"_s, u"2022-02-10"_s, m_sample});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf).remove(QRegularExpression(u"\\s+"_s));
        QVERIFY(text.contains(u"Mentionedinthisarticle"_s));
        QVERIFY(text.contains(u"国家开发银行"_s));
        QVERIFY(text.contains(u"601398.SH01398.HK"_s));
        // Without --mentions, no list.
        const QString plain = m_out.filePath(u"plain.pdf"_s);
        QCOMPARE(broadsheet({u"export"_s, u"--pdf"_s, plain, u"--from"_s, u"2022-02-10"_s, u"--to"_s,
                             u"2022-02-10"_s, m_sample})
                     .exitCode,
                 0);
        QVERIFY(!pdfText(plain).contains(u"Mentioned in this article"_s));
    }

    void usageErrors_exitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no destination") << QStringList {u"export"_s, m_sample};
        QTest::newRow("no folder") << QStringList {u"export"_s, u"--pdf"_s, m_out.filePath(u"x.pdf"_s)};
        QTest::newRow("bad date") << QStringList {u"export"_s, u"--pdf"_s,      m_out.filePath(u"x.pdf"_s),
                                                  u"--from"_s, u"10/02/2022"_s, m_sample};
        QTest::newRow("bad page size") << QStringList {
            u"export"_s, u"--pdf"_s, m_out.filePath(u"x.pdf"_s), u"--page-size"_s, u"A3"_s, m_sample};
    }
    void usageErrors_exitWith2()
    {
        QFETCH(QStringList, arguments);
        const Run run = broadsheet(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(m_out.filePath(u"x.pdf"_s)));
    }

    void noMatch_writesNothingAndExitsWith1()
    {
        const QString pdf = m_out.filePath(u"none.pdf"_s);
        const Run run =
            broadsheet({u"export"_s, u"--pdf"_s, pdf, u"--category"_s, u"不存在/分类"_s, m_sample});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
