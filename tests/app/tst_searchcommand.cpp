// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `broadsheet search` and the filters of `broadsheet list`, run as a user runs them: the real
// binary, no display, its index in a cache folder of the test's own.
#include "core/article.h"
#include "core/articlereader.h"
#include "core/indexdatabase.h"
#include "core/plaintext.h"
#include "core/readingstate.h"
#include "tests/generatedcorpus.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

class TestSearchCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_sample = QStringLiteral(BROADSHEET_SAMPLE_LIBRARY);

    QProcessEnvironment environment(const QString &home) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            environment.remove(name);
        environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, u"broadsheet.core.scanner.info=true"_s);
        return environment;
    }

    Result run(const QStringList &arguments, const QString &home = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(home.isEmpty() ? m_home.path() : home));
        process.start(QStringLiteral(BROADSHEET_BINARY), arguments);
        Result result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QSet<QString> paths(const QString &json)
    {
        QSet<QString> found;
        for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
            found.insert(value.toObject().value(u"path"_s).toString());
        return found;
    }

    // The articles whose visible text (title, then body) contains every one of `words`.
    static QSet<QString> scan(const QString &folder, const QStringList &words,
                              const std::function<bool(const Article &)> &also = {})
    {
        QSet<QString> found;
        const ArticleReader reader;
        for (QDirIterator it(folder, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const ArticleFile file = reader.read(it.next());
            const QString text = file.article.title + u'\n' + PlainText::fromHtml(file.body);
            if (file.ok
                && std::all_of(words.cbegin(), words.cend(),
                               [&](const QString &w) { return text.contains(w); })
                && (!also || also(file.article)))
                found.insert(file.article.path);
        }
        return found;
    }

private Q_SLOTS:
    void search_findsWhatASubstringScanFinds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("one character") << u"河"_s << QStringList {u"河"_s};
        QTest::newRow("two characters") << u"工行"_s << QStringList {u"工行"_s};
        QTest::newRow("a bank") << u"招商银行"_s << QStringList {u"招商银行"_s};
        QTest::newRow("two words") << u"银行 利率"_s << QStringList {u"银行"_s, u"利率"_s};
        QTest::newRow("nowhere") << u"龘"_s << QStringList {u"龘"_s};
    }

    void search_findsWhatASubstringScanFinds()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, words);
        const Result result = run({u"search"_s, u"--json"_s, query, m_sample});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(paths(result.out), scan(m_sample, words));
    }

    void list_filtersCombine()
    {
        const Result result = run({u"list"_s, u"--json"_s, u"--search"_s, u"银行"_s, u"--from"_s,
                                   u"2022-01-01"_s, u"--to"_s, u"2023-12-31"_s, m_sample});
        QCOMPARE(result.exitCode, 0);
        const QSet<QString> expected = scan(m_sample, {u"银行"_s}, [](const Article &article) {
            const QDate day = article.date.toLocalTime().date();
            return day >= QDate(2022, 1, 1) && day <= QDate(2023, 12, 31);
        });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(paths(result.out), expected);
    }

    void listUnread_usesTheWindowsReadingState()
    {
        QTemporaryDir home;
        const Result all = run({u"list"_s, u"--json"_s, m_sample}, home.path());
        QCOMPARE(all.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QVERIFY(articles.size() > 3);
        // What the window saves when an article is read, in the data folder the binary uses.
        const QJsonObject first = articles.at(0).toObject();
        Article read;
        read.title = first.value(u"title"_s).toString();
        read.date = QDateTime::fromString(first.value(u"date"_s).toString(), Qt::ISODate);
        read.author = first.value(u"author"_s).toString();
        {
            ReadingState state(home.path() + u"/data/Broadsheet/broadsheet/reading-state.sqlite"_s);
            QVERIFY(state.isOpen());
            QVERIFY(state.setRead({read}, true));
        }
        const Result unread = run({u"list"_s, u"--json"_s, u"--unread"_s, m_sample}, home.path());
        QCOMPARE(unread.exitCode, 0);
        QSet<QString> expected = paths(all.out);
        expected.remove(first.value(u"path"_s).toString());
        QCOMPARE(paths(unread.out), expected);
    }

    void secondRun_readsNoFileAgain()
    {
        QTemporaryDir home;
        const Result first = run({u"search"_s, u"银行"_s, m_sample}, home.path());
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(u"indexing the full text"_s), qPrintable(first.err));
        const Result second = run({u"search"_s, u"银行"_s, m_sample}, home.path());
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, first.out);
        QVERIFY2(second.err.contains(u"0 files to read"_s), qPrintable(second.err));
        QVERIFY2(!second.err.contains(u"indexing the full text"_s), qPrintable(second.err));
        // The index is in the cache folder, not next to the articles.
        QVERIFY(QDir(home.path() + u"/cache"_s).exists());
    }

    void killedWhileIndexing_theNextRunRepairsAndFinishes()
    {
        QTemporaryDir corpus;
        QVERIFY(generateCorpus(corpus.path(), 8000, 3));

        QTemporaryDir home;
        QProcess victim;
        victim.setProcessEnvironment(environment(home.path()));
        victim.setProcessChannelMode(QProcess::MergedChannels);
        victim.start(QStringLiteral(BROADSHEET_BINARY), {u"search"_s, u"银行"_s, corpus.path()});
        QVERIFY(victim.waitForStarted());
        // Killed in the middle of writing the full text: no clean shutdown of any kind.
        QString output;
        // Once some of the text is stored, so the next run has something to resume from.
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += QString::fromUtf8(victim.readAll())).contains(u"indexed 2048 of 8000"_s), 60000);
        QCOMPARE(victim.state(), QProcess::Running);
        victim.kill();
        QVERIFY(victim.waitForFinished());

        const Result resumed = run({u"search"_s, u"--json"_s, u"银行 河南"_s, corpus.path()}, home.path());
        QCOMPARE(resumed.exitCode, 0);
        // Not rebuilt: resumed where the killed run stopped, with some articles still to index.
        QVERIFY2(!resumed.err.contains(u"could not be used"_s), qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(u"indexing the full text of"_s), qPrintable(resumed.err));
        QVERIFY2(!resumed.err.contains(u"indexing the full text of 8000 "_s), qPrintable(resumed.err));
        QCOMPARE(paths(resumed.out), scan(corpus.path(), {u"银行"_s, u"河南"_s}));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("search without a query") << QStringList {u"search"_s};
        QTest::newRow("search without folders") << QStringList {u"search"_s, u"银行"_s};
        QTest::newRow("punctuation only") << QStringList {u"search"_s, u"，。"_s, u"."_s};
        QTest::newRow("bad date") << QStringList {u"list"_s, u"--from"_s, u"2024-13-01"_s, u"."_s};
        QTest::newRow("empty search option") << QStringList {u"list"_s, u"--search"_s, u"  "_s, u"."_s};
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_searchcommand.moc"
