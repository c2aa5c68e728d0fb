// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/listsnapshot.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet::Core;
using namespace Qt::StringLiterals;

namespace {

// Rows as the index hands them over: UTF-8, lists joined with U+001F.
struct Stored {
    qint64 id;
    QByteArray path, title, categories, tags, author, link, headImage, thumbnail, mentions, key;
    qint64 date;
    DateOrigin origin = DateOrigin::FrontMatter;
};

ListSnapshot::Row rowOf(const Stored &s)
{
    return {s.id,   s.id * 100, s.date + 5, s.date,      s.origin,    s.path,     s.title, s.categories,
            s.tags, s.author,   s.link,     s.headImage, s.thumbnail, s.mentions, s.key};
}

QList<Stored> sampleRows()
{
    return {
        {3, "/lib/新浪/河南.md", "河南银行业运行平稳", "金融\x1f新浪财经\x1f新浪财经－银行", "", "新浪财经",
         "https://finance.sina.com.cn/a.html", "https://n.sinaimg.cn/a.png", "https://n.sinaimg.cn/a.png",
         "工商银行\x1f农业银行", "key-three", 1644451200000},
        {7, "/lib/cls/plain.md", "Shibor & LPR: 1 < 2", "金融\x1f财联社", "利率\x1f银行", "财联社", "", "",
         "https://img.cls.cn/t.jpg", "", "key-seven", 1577836800000, DateOrigin::FileModified},
        {9, "/lib/no-category.md", "", "", "", "", "", "", "", "工商银行", "", -86400000},
    };
}

QString saved(const QString &folder, const QList<Stored> &rows, qint64 generation)
{
    const QString path = folder + u"/index.sqlite.list"_s;
    ListSnapshot::Writer writer(path);
    for (const Stored &row : rows)
        writer.add(rowOf(row));
    QString error;
    if (!writer.finish(generation, &error))
        qWarning() << error;
    return path;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestListSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatWasWritten()
    {
        QTemporaryDir folder;
        const QList<Stored> rows = sampleRows();
        const QString path = saved(folder.path(), rows, 41);
        QCOMPARE(ListSnapshot::generationOf(path), std::optional<qint64>(41));

        const std::optional<QList<Article>> articles = ListSnapshot::read(path, 41, {});
        QVERIFY(articles);
        QCOMPARE(articles->size(), rows.size());
        const Article &first = articles->at(0);
        QCOMPARE(first.indexId, 3);
        QCOMPARE(first.path, u"/lib/新浪/河南.md"_s);
        QCOMPARE(first.title, u"河南银行业运行平稳"_s);
        QCOMPARE(first.categories, QStringList({u"金融"_s, u"新浪财经"_s, u"新浪财经－银行"_s}));
        QVERIFY(first.tags.isEmpty());
        QCOMPARE(first.author, u"新浪财经"_s);
        QCOMPARE(first.link, u"https://finance.sina.com.cn/a.html"_s);
        QCOMPARE(first.headImage, u"https://n.sinaimg.cn/a.png"_s);
        QCOMPARE(first.thumbnail, u"https://n.sinaimg.cn/a.png"_s);
        QCOMPARE(first.mentions.toStringList(), QStringList({u"工商银行"_s, u"农业银行"_s}));
        QCOMPARE(first.date, QDateTime::fromMSecsSinceEpoch(1644451200000, Qt::UTC));
        QCOMPARE(first.fileModified, QDateTime::fromMSecsSinceEpoch(1644451200005, Qt::UTC));
        QCOMPARE(first.fileSize, 300);
        QCOMPARE(first.dateOrigin, DateOrigin::FrontMatter);
        QVERIFY(!first.read);
        QVERIFY(!first.starred);

        const Article &second = articles->at(1);
        QCOMPARE(second.title, u"Shibor & LPR: 1 < 2"_s);
        QCOMPARE(second.tags, QStringList({u"利率"_s, u"银行"_s}));
        QVERIFY(second.headImage.isEmpty());
        QCOMPARE(second.thumbnail, u"https://img.cls.cn/t.jpg"_s);
        QVERIFY(second.mentions.isEmpty());
        QCOMPARE(second.dateOrigin, DateOrigin::FileModified);

        const Article &third = articles->at(2);
        QVERIFY(third.categories.isEmpty());
        QVERIFY(third.title.isEmpty());
        QCOMPARE(third.date, QDateTime::fromMSecsSinceEpoch(-86400000, Qt::UTC)); // before 1970
        QCOMPARE(third.mentions.toStringList(), QStringList({u"工商银行"_s}));
    }

    void readingStateComesFromTheStateTable()
    {
        QTemporaryDir folder;
        const QString path = saved(folder.path(), sampleRows(), 5);
        ListSnapshot::ReadingStates states;
        states.insert("key-seven", {true, true});
        states.insert("key-three", {true, false});
        states.insert("gone", {true, true});
        const std::optional<QList<Article>> articles = ListSnapshot::read(path, 5, states);
        QVERIFY(articles);
        QVERIFY(articles->at(0).read && !articles->at(0).starred);
        QVERIFY(articles->at(1).read && articles->at(1).starred);
        QVERIFY(!articles->at(2).read && !articles->at(2).starred); // no key: never in the state
    }

    void articlesWithNothingButADate()
    {
        // The smallest articles there are (no path, title, key or image) are still read.
        QTemporaryDir folder;
        QList<Stored> rows;
        for (int i = 0; i < 3; ++i)
            rows.append({i + 1, "", "", "", "", "", "", "", "", "", "", 0});
        const std::optional<QList<Article>> articles =
            ListSnapshot::read(saved(folder.path(), rows, 2), 2, {});
        QVERIFY(articles);
        QCOMPARE(articles->size(), 3);
        QCOMPARE(articles->at(2).indexId, 3);
    }

    void snapshotOfAnotherGenerationIsNotUsed()
    {
        QTemporaryDir folder;
        const QString path = saved(folder.path(), sampleRows(), 5);
        QVERIFY(!ListSnapshot::read(path, 6, {}));
        QVERIFY(!ListSnapshot::read(folder.filePath(u"missing.list"_s), 5, {}));
        QCOMPARE(ListSnapshot::generationOf(folder.filePath(u"missing.list"_s)), std::nullopt);
    }

    void manyArticlesComeBackInOrder()
    {
        // More than one part (parts are read in parallel): the order is the order written.
        QTemporaryDir folder;
        QList<Stored> rows;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray n = QByteArray::number(i);
            rows.append({i + 1, "/lib/" + n + ".md", "标题 " + n, i % 2 ? "金融\x1f银行" : "金融\x1f证券", "",
                         "来源" + QByteArray::number(i % 7), "", "", "", i % 3 ? "工商银行" : "", "k" + n,
                         1600000000000 - i * 60000});
        }
        const QString path = saved(folder.path(), rows, 1);
        const std::optional<QList<Article>> articles = ListSnapshot::read(path, 1, {});
        QVERIFY(articles);
        QCOMPARE(articles->size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const Article &article = articles->at(i);
            QCOMPARE(article.indexId, i + 1);
            QCOMPARE(article.title, QString::fromUtf8(rows.at(i).title));
            QCOMPARE(article.author, QString::fromUtf8(rows.at(i).author));
            QCOMPARE(article.categories.constLast(), i % 2 ? u"银行"_s : u"证券"_s);
            QCOMPARE(article.mentions.size(), i % 3 ? 1 : 0);
        }
    }

    void cutShortSnapshotIsNotUsed()
    {
        QTemporaryDir folder;
        const QString path = saved(folder.path(), sampleRows(), 5);
        const QByteArray whole = contents(path);
        QVERIFY(!whole.isEmpty());
        // Every length short of the whole, as a crash or a full disk leaves it.
        for (qsizetype length = 0; length < whole.size(); ++length) {
            QVERIFY(overwrite(path, whole.first(length)));
            QVERIFY2(!ListSnapshot::read(path, 5, {}), qPrintable(u"cut at %1"_s.arg(length)));
        }
        // One byte more is not a snapshot either.
        QVERIFY(overwrite(path, whole + '\0'));
        QVERIFY(!ListSnapshot::read(path, 5, {}));
    }

    void garbledSnapshotNeverCrashes()
    {
        // Bytes changed anywhere after the header: the read either refuses the file or
        // returns its three articles (a changed letter in a title is not detectable).
        QTemporaryDir folder;
        const QString path = saved(folder.path(), sampleRows(), 5);
        const QByteArray whole = contents(path);
        QVERIFY(!whole.isEmpty());
        QRandomGenerator random(20261128);
        int refused = 0;
        for (int attempt = 0; attempt < 2000; ++attempt) {
            QByteArray garbled = whole;
            for (int i = 0; i < 1 + attempt % 4; ++i)
                garbled[32 + random.bounded(int(garbled.size()) - 32)] = char(random.bounded(256));
            QVERIFY(overwrite(path, garbled));
            const std::optional<QList<Article>> articles = ListSnapshot::read(path, 5, {});
            if (articles)
                QCOMPARE(articles->size(), 3);
            else
                ++refused;
        }
        QVERIFY(refused > 0);
    }

    void unwritableFolderIsAnErrorNotACrash()
    {
        QTemporaryDir folder;
        ListSnapshot::Writer writer(folder.filePath(u"missing/folder/index.sqlite.list"_s));
        writer.add(rowOf(sampleRows().constFirst()));
        QString error;
        QVERIFY(!writer.finish(1, &error));
        QVERIFY(!error.isEmpty());
    }

    void fileFromAnotherProgramIsNotUsed()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"index.sqlite.list"_s);
        QVERIFY(overwrite(path,
                          QByteArray("SQLite format 3\0 and then some more bytes than a header holds", 62)));
        QCOMPARE(ListSnapshot::generationOf(path), std::nullopt);
        QVERIFY(!ListSnapshot::read(path, 0, {}));
    }
};

QTEST_GUILESS_MAIN(TestListSnapshot)
#include "tst_listsnapshot.moc"
