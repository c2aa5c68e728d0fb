// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `broadsheet fetch-images [--category C] FOLDER…`: fills the offline image cache.
#include "app/commandline.h"
#include "core/library.h"
#include "core/settings.h"
#include "net/imagedownloader.h"
#include "net/imageurls.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

int CommandLine::fetchImages(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Download the images of the articles in the folders (head images and "
                                        "images in the bodies) into the offline image cache, then print a "
                                        "summary. Failures go to standard error."));
    parser.addHelpOption();
    parser.addOption(
        {u"category"_s, tr("Only articles in this category or below it (金融/新浪财经)."), tr("CATEGORY")});
    parser.addPositionalArgument(u"fetch-images"_s, tr("The command."));
    parser.addPositionalArgument(tr("folders"), tr("Folders of articles."), tr("FOLDER…"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList folders = parser.positionalArguments().mid(1);
    if (folders.isEmpty())
        return usage(tr("fetch-images: name at least one folder."));

    const Core::DateParser dates = Core::Settings::dateParser().value_or(Core::DateParser());
    Core::Library library;
    library.setDateParser(dates);
    library.open(folders);
    library.waitForScan();

    const QStringList category = categoryPath(parser.value(u"category"_s));
    const Core::ArticleReader reader(dates);
    QList<QUrl> urls;
    for (const Core::Article &article : library.articles()->articles()) {
        if (!category.isEmpty() && !inCategory(article, category))
            continue;
        const Core::ArticleFile file = reader.read(article.path);
        if (file.ok)
            urls.append(Net::imageUrls(file.article, file.body));
    }

    Net::ImageDownloader downloader {Core::ImageCache()};
    Net::ImageDownloader::Options options = downloader.options();
    options.cacheLimitBytes = qint64(Core::Settings::imageCacheLimitMB()) * 1024 * 1024;
    downloader.setOptions(options);
    Net::ImageDownloader::Summary summary;
    QEventLoop loop;
    QObject::connect(&downloader, &Net::ImageDownloader::finished, &loop,
                     [&](const Net::ImageDownloader::Summary &result) {
                         summary = result;
                         loop.quit();
                     });
    downloader.start(urls);
    loop.exec();

    QTextStream(stdout) << tr("Downloaded: %1. Already available offline: %2. Failed: %3.")
                               .arg(summary.downloaded.size())
                               .arg(summary.alreadyCached.size())
                               .arg(summary.failed.size())
                        << u'\n';
    QTextStream err(stderr);
    for (const Net::ImageDownloader::Failure &failure : std::as_const(summary.failed))
        err << failure.url.toDisplayString() << u": "_s << failure.reason << u'\n';
    const QList<Core::Problem> &problems = library.problems()->problems();
    printProblems(problems);
    return summary.failed.isEmpty() && problems.isEmpty() ? Success : FilesHadProblems;
}

} // namespace Broadsheet::App
