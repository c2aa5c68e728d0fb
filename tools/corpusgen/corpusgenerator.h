// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QRandomGenerator>
#include <QString>

namespace Broadsheet::Tools {

struct CorpusOptions {
    qint64 count = 100000;
    quint32 seed = 1;
    qint64 targetBytes = 0; // total size of the article files; 0: about 3.5 KB per article
    bool force = false; // write into a folder that already has files in it
};

// What was written, for the summary line and corpus-manifest.json.
struct CorpusStats {
    qint64 articles = 0;
    qint64 bytes = 0;
    qint64 smallest = 0;
    qint64 largest = 0;
    QMap<QString, qint64> categories; // "金融 › 新浪财经 › 港股"
    QMap<QString, qint64> years; // by the date in Asia/Shanghai, as the folders are named
    QMap<QString, qint64> sources;
    QMap<QString, qint64> bodyKinds; // html, markdown, text
    QMap<QString, qint64> dateFormats;
};

// Writes synthetic articles in the format of the real archive (Hexo front matter, bodies
// scraped from Sina, Cailian, Xueqiu …) for scale tests and benchmarks. The output depends
// only on the options: the same seed gives the same files, byte for byte.
class CorpusGenerator final
{
public:
    explicit CorpusGenerator(const CorpusOptions &options);

    // Writes the articles under outDir/<source>/<year>/ and outDir/corpus-manifest.json,
    // creating outDir when missing. Returns false and sets errorString() when outDir is not
    // empty (unless options.force) or a file cannot be written; files already written stay.
    bool generate(const QString &outDir);

    const CorpusStats &stats() const { return m_stats; }
    QString errorString() const { return m_error; }

private:
    qint64 nextTargetSize(qint64 index);
    bool writeManifest(const QString &outDir);

    CorpusOptions m_options;
    QRandomGenerator m_rng;
    CorpusStats m_stats;
    QString m_error;
};

} // namespace Broadsheet::Tools
