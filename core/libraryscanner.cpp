// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/libraryscanner.h"

#include "core/articlereader.h"
#include "core/logging.h"
#include "core/plaintext.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

// Enough files to keep both cores busy, few enough that the list visibly fills in.
constexpr qsizetype batchSize = 256;

struct ReadResult {
    std::optional<Article> article;
    QList<Problem> problems;
};

QStringList listArticleFiles(const QStringList &folders, QList<Problem> &problems,
                             const std::atomic_bool &cancelled)
{
    QStringList files;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.isDir()) {
            problems.append({folder, 0,
                             QCoreApplication::translate("Broadsheet::Core::LibraryScanner",
                                                         "This folder does not exist or cannot be opened."),
                             Problem::Severity::Error});
            continue;
        }
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext() && !cancelled) {
            const QString path = it.next();
            if (!ArticleReader::isArticleFileName(it.fileName()))
                continue;
            // Overlapping folders (a library and one of its sub-folders) list a file twice.
            const QString canonical = it.fileInfo().canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            files.append(path);
        }
    }
    return files;
}

} // namespace

struct LibraryScanner::Run {
    std::atomic_bool cancelled = false;
};

LibraryScanner::LibraryScanner(QObject *parent)
    : QObject(parent)
{
    // The driver only lists files and hands batches to the global pool, which does the reading:
    // giving it a pool of its own leaves every core of the global pool to the real work.
    m_driverPool.setMaxThreadCount(1);
}

LibraryScanner::~LibraryScanner()
{
    cancel();
    m_future.waitForFinished();
}

bool LibraryScanner::isRunning() const
{
    return m_run != nullptr;
}

void LibraryScanner::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

void LibraryScanner::waitForFinished()
{
    // Results arrive as queued calls on this thread: keep delivering them until the end.
    while (m_run) {
        m_future.waitForFinished();
        QCoreApplication::sendPostedEvents(this);
    }
}

void LibraryScanner::start(const QStringList &folders, const DateParser &dates,
                           const MentionExtractor &mentions)
{
    if (m_run) {
        // Stop the old run before its results can mix with the new one's; its queued
        // deliveries are dropped because they no longer belong to m_run.
        m_run->cancelled = true;
        m_future.waitForFinished();
        finish(m_run);
    }
    auto run = std::make_shared<Run>();
    m_run = run;
    qCInfo(lcScanner) << "scanning" << folders;

    m_future = QtConcurrent::run(&m_driverPool, [this, run, folders, dates, mentions] {
        QElapsedTimer timer;
        timer.start();
        QList<Problem> listingProblems;
        const QStringList files = listArticleFiles(folders, listingProblems, run->cancelled);
        const int total = int(files.size());
        deliver(run, {}, listingProblems, 0, total);

        const ArticleReader reader(dates);
        for (qsizetype first = 0; first < files.size() && !run->cancelled; first += batchSize) {
            const QStringList batch = files.mid(first, batchSize);
            // The scan itself runs on a pool thread; the batch is spread over the others too.
            const QList<ReadResult> results =
                QtConcurrent::blockingMapped(batch, [&reader, &run, &mentions](const QString &path) {
                    ReadResult result;
                    if (run->cancelled)
                        return result;
                    ArticleFile file = reader.read(path);
                    if (file.ok) {
                        // Found once, at import, so the library's mention tree and filter
                        // never need the bodies again.
                        const QList<Mention> found =
                            mentions.extract(file.body, PlainText::fromHtml(file.body));
                        for (const Mention &mention : found)
                            file.article.mentions.append(mention.name);
                        result.article = std::move(file.article);
                    }
                    result.problems = std::move(file.problems);
                    return result;
                });
            QList<Article> articles;
            QList<Problem> problems;
            articles.reserve(results.size());
            for (const ReadResult &result : results) {
                if (result.article)
                    articles.append(*result.article);
                problems.append(result.problems);
            }
            deliver(run, std::move(articles), std::move(problems), int(first + batch.size()), total);
        }
        qCInfo(lcScanner) << "read" << total << "files in" << timer.elapsed() << "ms"
                          << (run->cancelled ? "(cancelled)" : "");
        QMetaObject::invokeMethod(
            this, [this, run] { finish(run); }, Qt::QueuedConnection);
    });
}

void LibraryScanner::deliver(const std::shared_ptr<Run> &run, QList<Article> articles,
                             QList<Problem> problems, int done, int total)
{
    // Called on the worker thread; the signals go out on this object's thread, and only while
    // the run is still the current one.
    QMetaObject::invokeMethod(
        this,
        [this, run, articles = std::move(articles), problems = std::move(problems), done, total] {
            if (run != m_run)
                return;
            if (!articles.isEmpty())
                Q_EMIT articlesFound(articles);
            if (!problems.isEmpty())
                Q_EMIT problemsFound(problems);
            Q_EMIT progressChanged(done, total);
        },
        Qt::QueuedConnection);
}

void LibraryScanner::finish(std::shared_ptr<Run> run)
{
    if (run != m_run)
        return;
    m_run.reset();
    Q_EMIT finished(run->cancelled);
}

} // namespace Broadsheet::Core
