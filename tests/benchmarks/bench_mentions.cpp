// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlereader.h"
#include "core/mentionextractor.h"
#include "core/plaintext.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QtConcurrent>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

// How fast mentions are found at import time, on a generated corpus (broadsheet-corpusgen):
//  (a) PlainText::fromHtml(raw body) + MentionExtractor::extract — what an import does;
//  (b) extract alone, on texts made beforehand;
//  (c) fromHtml alone.
// Throughput is in MB (10^6 bytes) of raw body, as UTF-8, per second. The figures are printed;
// nothing here fails on time. BROADSHEET_BENCH_COUNT sets the number of articles (100,000).
class BenchMentions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        m_count = qEnvironmentVariableIntValue("BROADSHEET_BENCH_COUNT", &ok);
        if (!ok || m_count < 1)
            m_count = 100000;
        QVERIFY(m_corpus.isValid());
        QProcess generator;
        generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        generator.start(
            QStringLiteral(BROADSHEET_CORPUSGEN),
            {u"--count"_s, QString::number(m_count), u"--seed"_s, u"1"_s, u"--force"_s, m_corpus.path()});
        QVERIFY(generator.waitForFinished(30 * 60 * 1000));
        QCOMPARE(generator.exitCode(), 0);

        const ArticleReader reader;
        QDirIterator it(m_corpus.path(), {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const ArticleFile file = reader.read(it.next());
            if (!file.ok)
                continue;
            m_bodies.append(file.body);
            m_bytes += file.body.toUtf8().size();
        }
        QCOMPARE(m_bodies.size(), m_count);
    }

    void throughput()
    {
        QList<QString> texts;
        texts.reserve(m_bodies.size());
        qint64 mentions = 0;
        QElapsedTimer timer;

        timer.start();
        for (const QString &body : std::as_const(m_bodies)) {
            const QString text = PlainText::fromHtml(body);
            mentions += m_extractor.extract(body, text).size();
        }
        const qint64 both = timer.nsecsElapsed();

        timer.start();
        for (const QString &body : std::as_const(m_bodies))
            texts.append(PlainText::fromHtml(body));
        const qint64 plainText = timer.nsecsElapsed();

        timer.start();
        qint64 again = 0;
        for (qsizetype i = 0; i < m_bodies.size(); ++i)
            again += m_extractor.extract(m_bodies.at(i), texts.at(i)).size();
        const qint64 extractOnly = timer.nsecsElapsed();
        QCOMPARE(again, mentions);

        timer.start();
        const MentionExtractor &extractor = m_extractor;
        const QList<qsizetype> counts =
            QtConcurrent::blockingMapped<QList<qsizetype>>(m_bodies, [&extractor](const QString &body) {
                return extractor.extract(body, PlainText::fromHtml(body)).size();
            });
        const qint64 threaded = timer.nsecsElapsed();
        QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), qint64(0)), mentions);

        // Every generated article names a bank or a company.
        QVERIFY(mentions >= m_bodies.size());

        QTextStream out(stdout);
        const double megabytes = double(m_bytes) / 1e6;
        const auto line = [&](const QString &what, qint64 nanoseconds) {
            const double seconds = double(nanoseconds) / 1e9;
            out << what.leftJustified(44) << QString::number(seconds, 'f', 2).rightJustified(9)
                << QString::number(megabytes / seconds, 'f', 1).rightJustified(10)
                << QString::number(double(m_bodies.size()) / seconds, 'f', 0).rightJustified(14) << '\n';
        };
        out << '\n'
            << u"%1 articles, %2 MB of body text (UTF-8), %3 mentions\n"_s.arg(m_bodies.size())
                   .arg(megabytes, 0, 'f', 1)
                   .arg(mentions);
        out << u"what"_s.leftJustified(44) << u"seconds"_s.rightJustified(9) << u"MB/s"_s.rightJustified(10)
            << u"articles/s"_s.rightJustified(14) << '\n';
        line(u"(a) fromHtml(raw) + extract"_s, both);
        line(u"(b) extract alone"_s, extractOnly);
        line(u"(c) fromHtml alone"_s, plainText);
        line(u"(a) on %1 threads"_s.arg(QThreadPool::globalInstance()->maxThreadCount()), threaded);
        out.flush();
    }

private:
    QTemporaryDir m_corpus;
    int m_count = 0;
    QList<QString> m_bodies;
    qint64 m_bytes = 0;
    MentionExtractor m_extractor; // the built-in dictionary is loaded here, before any timing
};

QTEST_GUILESS_MAIN(BenchMentions)
#include "bench_mentions.moc"
