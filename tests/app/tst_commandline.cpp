// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "runbroadsheet.h"

using namespace Qt::StringLiterals;

namespace {

Run broadsheet(const QStringList &arguments)
{
    return runBroadsheet(arguments, QDir::tempPath() + u"/tst_commandline-config"_s);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFINDTESTDATA("../../resources/sample-library");
        QVERIFY(!m_sample.isEmpty());
    }

    void list_printsEveryArticleNewestFirst()
    {
        const Run run = broadsheet({u"list"_s, m_sample});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 19);
        QString previous = u"9999"_s;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 6); // date, title, categories, author, path, head image
            QVERIFY(QDateTime::fromString(fields.at(0), Qt::ISODate).isValid());
            QVERIFY(fields.at(0) <= previous);
            previous = fields.at(0);
            QVERIFY(QFileInfo::exists(fields.at(4)));
        }
        QVERIFY(run.out.contains(
            u"河南省委书记楼阳生主持召开驻豫银行行长座谈会\t金融 › 新浪财经 › 新浪财经－国內\t新浪财经"_s));
    }

    void listJson_hasTheMetadata()
    {
        const Run run = broadsheet({u"list"_s, u"--json"_s, m_sample});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonArray articles = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(articles.size(), 19);
        bool found = false;
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            if (!article.value(u"path"_s).toString().endsWith(u"sina-henan-banks-2022-02-10.md"_s))
                continue;
            found = true;
            QCOMPARE(article.value(u"title"_s).toString(), u"河南省委书记楼阳生主持召开驻豫银行行长座谈会"_s);
            // The instant of "Thu, 10 Feb 2022 09:43:08 GMT", written with its offset.
            QCOMPARE(QDateTime::fromString(article.value(u"date"_s).toString(), Qt::ISODate),
                     QDateTime(QDate(2022, 2, 10), QTime(9, 43, 8), Qt::UTC));
            QVERIFY(article.value(u"date"_s).toString().contains(u"+08:00"_s)); // tests run in Asia/Shanghai
            QCOMPARE(article.value(u"categories"_s).toArray().size(), 3);
            QCOMPARE(article.value(u"author"_s).toString(), u"新浪财经"_s);
            QCOMPARE(article.value(u"headImage"_s).toString(),
                     u"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"_s);
        }
        QVERIFY(found);
    }

    void list_problemsGoToStandardErrorWithExitOne()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"good.md"_s), "---\ntitle: 好\ndate: 2022-02-10\n---\n正文\n");
        writeFile(dir.filePath(u"empty.md"_s), {});
        const Run run = broadsheet({u"list"_s, dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(u"\t好\t"_s));
        QVERIFY2(run.err.contains(dir.filePath(u"empty.md"_s) + u": "_s), qPrintable(run.err));
        QVERIFY(!run.out.contains(u"empty.md"_s));
    }

    void assumedZone_changesZonelessDates()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.md"_s), "---\ntitle: 无时区\ndate: 2021-04-11 00:30:33\n---\n正文\n");
        const Run shanghai = broadsheet({u"list"_s, u"--json"_s, dir.path()});
        const Run utc = broadsheet({u"list"_s, u"--json"_s, u"--assume-zone"_s, u"UTC"_s, dir.path()});
        QCOMPARE(shanghai.exitCode, 0);
        QCOMPARE(utc.exitCode, 0);
        const auto dateOf = [](const Run &run) {
            return QDateTime::fromString(QJsonDocument::fromJson(run.out.toUtf8())
                                             .array()
                                             .at(0)
                                             .toObject()
                                             .value(u"date"_s)
                                             .toString(),
                                         Qt::ISODate);
        };
        QCOMPARE(dateOf(shanghai), QDateTime(QDate(2021, 4, 10), QTime(16, 30, 33), Qt::UTC));
        QCOMPARE(dateOf(utc), QDateTime(QDate(2021, 4, 11), QTime(0, 30, 33), Qt::UTC));
    }

    void showHtml_printsTheSanitizedPage()
    {
        const Run run =
            broadsheet({u"show"_s, u"--html"_s, m_sample + u"/2022/sina-henan-banks-2022-02-10.md"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(run.out.contains(u"河南省委书记楼阳生主持召开驻豫银行行长座谈会"_s));
        QVERIFY(run.out.contains(u"张亚楠"_s));
        QVERIFY(!run.out.contains(u"<script"_s));
        QVERIFY(!run.out.contains(u"appendQr"_s)); // Sina's QR promotion is gone
        QVERIFY(!run.out.contains(u"<style>\n            .appendQr"_s));
        QVERIFY(!run.out.contains(u"src=\"https://"_s)); // nothing remote is loaded
    }

    void showHtml_hostileFileRunsNothing()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"x.md"_s),
                  "---\ntitle: \"</title><script>alert(1)</script>\"\n---\n"
                  "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>\n");
        const Run run = broadsheet({u"show"_s, u"--html"_s, dir.filePath(u"x.md"_s)});
        QCOMPARE(run.exitCode, 1); // no date: a problem, reported
        QVERIFY(!run.out.contains(u"<script"_s));
        QVERIFY(!run.out.contains(u"onerror"_s));
        QVERIFY(!run.out.contains(u"javascript:"_s));
    }

    void mentions_theSampleNamesExactlyItsNineBanks()
    {
        const Run run =
            broadsheet({u"mentions"_s, u"--json"_s, m_sample + u"/2022/sina-henan-banks-2022-02-10.md"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(articles.size(), 1);
        QMap<QString, QString> found; // name → A-share symbol
        for (const QJsonValue &value : articles.at(0).toObject().value(u"mentions"_s).toArray()) {
            const QJsonObject mention = value.toObject();
            QCOMPARE(mention.value(u"kind"_s).toString(), u"bank"_s);
            QVERIFY(mention.value(u"count"_s).toInt() >= 1);
            found.insert(mention.value(u"name"_s).toString(), mention.value(u"aShare"_s).toString());
        }
        const QMap<QString, QString> expected {
            {u"中国人民银行"_s, QString()},     {u"国家开发银行"_s, QString()},
            {u"中国农业发展银行"_s, QString()}, {u"工商银行"_s, u"sh601398"_s},
            {u"农业银行"_s, u"sh601288"_s},     {u"中国银行"_s, u"sh601988"_s},
            {u"建设银行"_s, u"sh601939"_s},     {u"浦发银行"_s, u"sh600000"_s},
            {u"中信银行"_s, u"sh601998"_s},
        };
        QCOMPARE(found, expected);
    }

    void mentions_textForAFolder()
    {
        const Run run = broadsheet({u"mentions"_s, m_sample + u"/2024"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"stcn-moutai-q1-report-2024-04-26.md\n"_s));
        QVERIFY(run.out.contains(u"\tcompany\t贵州茅台\tsh600519\t"_s));
    }

    void userDictionary_addsEntriesAndReportsBrokenRows()
    {
        // The user's additions live in the configuration folder, never in the library.
        const QString config = QDir::tempPath() + u"/tst_commandline-config/Broadsheet/broadsheet"_s;
        QVERIFY(QDir().mkpath(config));
        const QString userFile = config + u"/mentions.csv"_s;
        {
            QFile file(userFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("kind,name,full_name,aliases,a_share,h_share,english\n"
                       "company,星辰测试科技,星辰测试科技股份有限公司,星辰科技,sz301999,,\n"
                       "bank,,,,,,\n");
        }
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.md"_s),
                  "---\ntitle: 公告\ndate: 2022-02-10\n---\n<p>星辰科技（301999）今日发布公告。</p>\n");
        const Run run = broadsheet({u"mentions"_s, dir.filePath(u"a.md"_s)});
        QFile::remove(userFile);
        QCOMPARE(run.exitCode, 1); // the broken row is a problem
        QVERIFY2(run.out.contains(u"\tcompany\t星辰测试科技\tsz301999\t"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(userFile + u":3: "_s), qPrintable(run.err));
        QCOMPARE(run.err.count(userFile), 1);
    }

    void listMention_filtersByNameAliasOrCode_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::newRow("name") << u"工商银行"_s;
        QTest::newRow("alias") << u"工行"_s;
        QTest::newRow("A-share code") << u"601398"_s;
        QTest::newRow("symbol") << u"sh601398"_s;
        QTest::newRow("H-share code") << u"01398.HK"_s;
    }

    void listMention_filtersByNameAliasOrCode()
    {
        QFETCH(QString, wanted);
        const Run all = broadsheet({u"list"_s, u"--json"_s, m_sample});
        int expected = 0;
        for (const QJsonValue &value : QJsonDocument::fromJson(all.out.toUtf8()).array())
            expected += value.toObject().value(u"mentions"_s).toArray().contains(u"工商银行"_s) ? 1 : 0;
        QVERIFY(expected >= 2);
        const Run run = broadsheet({u"list"_s, u"--mention"_s, wanted, m_sample});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), expected);
        QVERIFY(run.out.contains(u"河南省委书记楼阳生主持召开驻豫银行行长座谈会"_s));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list without folders") << QStringList {u"list"_s};
        QTest::newRow("unknown option") << QStringList {u"list"_s, u"--frobnicate"_s, u"/tmp"_s};
        QTest::newRow("show without --html") << QStringList {u"show"_s, u"/tmp/x.md"_s};
        QTest::newRow("show two files") << QStringList {u"show"_s, u"--html"_s, u"a.md"_s, u"b.md"_s};
        QTest::newRow("unknown mention")
            << QStringList {u"list"_s, u"--mention"_s, u"不存在的银行"_s, u"/tmp"_s};
        QTest::newRow("mentions without paths") << QStringList {u"mentions"_s};
        QTest::newRow("unknown zone")
            << QStringList {u"list"_s, u"--assume-zone"_s, u"Mars/Olympus"_s, u"/tmp"_s};
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = broadsheet(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void showMissingFile_exitOne()
    {
        const Run run = broadsheet({u"show"_s, u"--html"_s, u"/nonexistent/article.md"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"/nonexistent/article.md"_s));
    }

    void helpAndVersion_needNoDisplay()
    {
        const Run version = broadsheet({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"broadsheet "_s));
        const Run help = broadsheet({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"list"_s));
        QVERIFY(help.out.contains(u"show --html"_s));
        const Run listHelp = broadsheet({u"list"_s, u"--help"_s});
        QCOMPARE(listHelp.exitCode, 0);
        QVERIFY(listHelp.out.contains(u"--json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
