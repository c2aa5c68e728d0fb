// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlereader.h"
#include "core/bodyrenderer.h"
#include "core/htmlsanitizer.h"
#include "core/mentionextractor.h"
#include "core/plaintext.h"

#include <QDirIterator>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

// "工商银行×2": what a reader would see in a list of mentions.
QStringList describe(const QList<Mention> &mentions)
{
    QStringList list;
    for (const Mention &mention : mentions)
        list.append(mention.name + u'×' + QString::number(mention.count));
    return list;
}

// What must hold for any result: counts, offsets and surfaces agree with the text.
QString inconsistency(const QList<Mention> &mentions, QStringView text)
{
    for (const Mention &mention : mentions) {
        if (mention.occurrences.isEmpty()) {
            if (mention.count != 1 || !mention.surfaces.isEmpty())
                return mention.name + u": found in markup only, but count or surfaces set"_s;
            continue;
        }
        if (mention.count != mention.occurrences.size())
            return mention.name + u": count is not the number of occurrences"_s;
        QStringList seen;
        qsizetype previousEnd = 0;
        for (const auto &[offset, length] : mention.occurrences) {
            if (offset < previousEnd || length <= 0 || offset + length > text.size())
                return mention.name + u": occurrences out of order or outside the text"_s;
            previousEnd = offset + length;
            const QString surface = text.sliced(offset, length).toString();
            if (!mention.surfaces.contains(surface))
                return mention.name + u": "_s + surface + u" is not among the surfaces"_s;
            if (!seen.contains(surface))
                seen.append(surface);
        }
        if (seen != mention.surfaces)
            return mention.name + u": surfaces are not the distinct matches in order"_s;
    }
    return {};
}

QString sinaStock(const QString &code, const QString &name)
{
    return u"<span id=\"stock_%1\"><a href=\"https://finance.sina.com.cn/realstock/company/%1/nc.shtml\" "
           "class=\"keyword\" target=\"_blank\" data-sudaclick=\"content_marketkeywords_p\">%2</a></span>"
           "<span id=\"quote_%1\"></span>"_s.arg(code, name);
}

QString libraryFolder()
{
    return QFINDTESTDATA("../../resources/sample-library");
}

// The two texts the application extracts from: the displayed one (offsets for highlighting)
// and the fast one used at import time.
struct Texts {
    QString raw;
    QString displayed;
    QString imported;
};

Texts textsOf(const QString &path)
{
    const ArticleFile file = ArticleReader().read(path);
    return {file.body, PlainText::fromHtml(HtmlSanitizer::sanitize(BodyRenderer::toHtml(file.body)).html),
            PlainText::fromHtml(file.body)};
}

} // namespace

class TestMentionExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &raw, const QString &text,
                            const QStringList &expected) {
            QTest::newRow(name) << raw << text << expected;
        };
        const auto plain = [&row](const char *name, const QString &text, const QStringList &expected) {
            row(name, QString(), text, expected);
        };

        // Sina's markup, read from the raw body
        row("Sina span", u"<p>"_s + sinaStock(u"sh601398"_s, u"工商银行"_s) + u"河南省分行</p>"_s,
            u"工商银行河南省分行"_s, {u"工商银行×1"_s});
        row("Sina span, unquoted id", u"<span id=stock_sz000001><a href=x>平安银行</a></span>"_s,
            u"平安银行"_s, {u"平安银行×1"_s});
        row("Sina Hong Kong span", sinaStock(u"hk00939"_s, u"建设银行"_s) + u"（00939.HK）涨近3%"_s,
            u"建设银行（00939.HK）涨近3%"_s, {u"建设银行×1"_s});
        row("Sina keyword comment only", u"<p>正文</p><!-- news_keyword_pub,stock,sh600000&sh601288 -->"_s,
            u"正文"_s, {u"农业银行×1"_s, u"浦发银行×1"_s});
        row("Sina span for a stock the dictionary lacks", sinaStock(u"sh688256"_s, u"寒武纪"_s),
            u"寒武纪发布公告，寒武纪股价大涨"_s, {u"寒武纪×2"_s});
        row("Sina comment with an unknown code and no name", u"<!-- news_keyword_pub,stock,sh688256 -->"_s,
            QString(), {});
        row("price box id is not a stock", u"<span id=\"quote_sh601398\"></span>"_s, QString(), {});
        row("stock_ outside an id", u"<p>stock_sh601398</p>"_s, QString(), {});

        // Names from the dictionary
        plain("name", u"工商银行发布公告"_s, {u"工商银行×1"_s});
        plain("alias", u"工行发布公告"_s, {u"工商银行×1"_s});
        plain("English abbreviations", u"ICBC and CCB"_s, {u"工商银行×1"_s, u"建设银行×1"_s});
        plain("English abbreviation inside a word", u"ICBCX, XCCB, CCB2"_s, {});
        plain("full name", u"中国工商银行股份有限公司董事会"_s, {u"工商银行×1"_s});
        plain("full name with ASCII brackets", u"中国平安保险(集团)股份有限公司"_s, {u"中国平安×1"_s});
        plain("full name with Chinese brackets", u"中国平安保险（集团）股份有限公司"_s, {u"中国平安×1"_s});
        plain("old name", u"中国国旅公告"_s, {u"中国中免×1"_s});
        plain("Hong Kong listing", u"腾讯控股午后跌幅收窄"_s, {u"腾讯控股×1"_s});

        // Codes in the text
        plain("code .SH", u"今日601398.SH上涨"_s, {u"工商银行×1"_s});
        plain("code sh", u"sh601398 上涨"_s, {u"工商银行×1"_s});
        plain("code SH", u"SH601398"_s, {u"工商银行×1"_s});
        plain("code .SZ", u"（000001.SZ）"_s, {u"平安银行×1"_s});
        plain("code .HK", u"00939.HK"_s, {u"建设银行×1"_s});
        plain("code .HK, four digits", u"0939.HK"_s, {u"建设银行×1"_s});
        plain("code HK:", u"HK:00939"_s, {u"建设银行×1"_s});
        plain("code HK：", u"HK：00939"_s, {u"建设银行×1"_s});
        plain("code HK", u"HK00939"_s, {u"建设银行×1"_s});
        plain("securities code label", u"证券代码：000001　　证券简称：平安银行"_s, {u"平安银行×2"_s});
        plain("stock code in a table", u"股票代码 000001"_s, {u"平安银行×1"_s});
        plain("A股 code", u"目前A股（600036）市净率"_s, {u"招商银行×1"_s});
        plain("H股 code", u"H股（03968）"_s, {u"招商银行×1"_s});
        plain("Xueqiu cashtag", u"$招商银行(SH600036)$ 上周五"_s, {u"招商银行×1"_s});
        plain("Xueqiu cashtag, Hong Kong", u"$腾讯控股(00700)$"_s, {u"腾讯控股×1"_s});
        plain("Xueqiu cashtag for a stock the dictionary lacks", u"$寒武纪(SH688256)$"_s, {u"寒武纪×1"_s});
        plain("Xueqiu cashtag of another market", u"$苹果(AAPL)$"_s, {});
        plain("name then its bare code", u"工商银行（601398）"_s, {u"工商银行×1"_s});
        plain("name then its code", u"工商银行(601398.SH)"_s, {u"工商银行×1"_s});
        plain("A and H codes after a full name", u"中国平安保险（集团）股份有限公司（601318.SH；02318.HK）"_s,
              {u"中国平安×1"_s});
        plain("Hong Kong share class mark", u"美团-W(03690)"_s, {u"美团×1"_s});
        plain("bare code alone", u"（601398）"_s, {});
        plain("bare code after an index", u"上证指数（000001）"_s, {});
        plain("bare code of another entry", u"工商银行（00939）"_s, {u"工商银行×1"_s});
        plain("code in a URL", u"https://xueqiu.com/S/SH600036 stockCode=600036 sh601398/nc.shtml"_s, {});
        plain("code inside a longer number", u"86016013980 1601398.SH"_s, {});

        // Longest match, branches
        plain("policy bank is not 农业银行", u"中国农业发展银行"_s, {u"中国农业发展银行×1"_s});
        plain("中国工商银行 is one mention", u"中国工商银行"_s, {u"工商银行×1"_s});
        plain("兴业证券 is a company", u"兴业证券研究所"_s, {u"兴业证券×1"_s});
        plain("平安银行 and 中国平安", u"平安银行与中国平安"_s, {u"平安银行×1"_s, u"中国平安×1"_s});
        plain("policy bank branch", u"国家开发银行河南省分行"_s, {u"国家开发银行×1"_s});
        plain("bank branch", u"工商银行河南省分行"_s, {u"工商银行×1"_s});
        plain("central bank branch", u"中国人民银行郑州中心支行"_s, {u"中国人民银行×1"_s});
        plain("central bank branch, short name", u"人民银行郑州中心支行"_s, {u"中国人民银行×1"_s});
        plain("alias branch", u"建行郑州分行营业部"_s, {u"建设银行×1"_s});
        plain("policy bank alias branch", u"农发行河南省分行"_s, {u"中国农业发展银行×1"_s});

        // Words that are not mentions
        plain("regulator", u"河南银保监局有关负责同志"_s, {});
        plain("generic words", u"银行业、商业银行、中小银行、民营银行和村镇银行"_s, {});
        plain("banking association", u"中国银行业协会发布报告"_s, {});
        plain("regional banking industry", u"北京银行业金融机构"_s, {});
        plain("banking regulator's full name", u"中国银行保险监督管理委员会"_s, {});
        plain("interbank market", u"中国银行间市场交易商协会"_s, {});
        plain("SHIBOR", u"上海银行间同业拆放利率"_s, {});
        plain("bankers", u"中国银行家调查报告"_s, {});
        plain("foreign bank", u"美国进出口银行"_s, {});
        plain("industry after a company name", u"中国建筑业协会"_s, {});
        plain("results after a name are a mention", u"贵州茅台业绩、工商银行业务"_s,
              {u"工商银行×1"_s, u"贵州茅台×1"_s});
        plain("新兴业态", u"新兴业态"_s, {});
        plain("民生工程", u"保障民生工程"_s, {});
        plain("光大 of another company", u"光大集团和光大证券"_s, {u"光大证券×1"_s});
        plain("平安夜", u"平安夜"_s, {});
        plain("员工行为", u"员工行为规范"_s, {});
        plain("其中行业", u"其中行业龙头"_s, {});
        plain("其中行长", u"其中行长表示"_s, {});
        plain("加工行业", u"加工行业"_s, {});
        plain("提交行政", u"提交行政复议"_s, {});
        plain("成交行情", u"成交行情"_s, {});
        plain("浦发集团", u"浦发集团"_s, {});
        plain("央行 is any central bank", u"欧洲央行"_s, {});
        plain("ABC as a letter sequence", u"ABC类资产"_s, {});

        // Short aliases where they do count
        plain("工行 starting a sentence", u"工行为小微企业提供贷款"_s, {u"工商银行×1"_s});
        plain("list of short aliases", u"招行、兴业、民生等股份行"_s,
              {u"兴业银行×1"_s, u"招商银行×1"_s, u"民生银行×1"_s});
        plain("list-only alias that starts a longer word", u"招行、民生工程"_s, {u"招商银行×1"_s});
        plain("list of list-only aliases alone", u"兴业和光大均涨超1%"_s, {});
        plain("list-only alias with its code", u"兴业（601166）"_s, {u"兴业银行×1"_s});
        plain("list-only English abbreviation in a list", u"ICBC、ABC"_s, {u"农业银行×1"_s, u"工商银行×1"_s});
        plain("list next to a company is no bank list", u"中国人寿、平安"_s, {u"中国人寿×1"_s});

        // Context-only names
        plain("place", u"陆家嘴金融城"_s, {});
        plain("place with its code", u"陆家嘴（600663）公告"_s, {u"陆家嘴×1"_s});
        plain("common word", u"机器人产业"_s, {});
        plain("two-character name", u"康美"_s, {});
        plain("two-character name with its code", u"康美（600518）"_s, {u"康美×1"_s});
        plain("two-character name after its code", u"600518.SH 康美"_s, {u"康美×1"_s});
        row("context-only name as Sina's link text", sinaStock(u"sh600663"_s, u"陆家嘴"_s),
            u"陆家嘴发布公告。陆家嘴集团"_s, {u"陆家嘴×2"_s});
        plain("two-character name marked +", u"万科发布公告"_s, {u"万科A×1"_s});
    }

    void extract()
    {
        QFETCH(QString, raw);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<Mention> mentions = MentionExtractor().extract(raw, text);
        QCOMPARE(describe(mentions), expected);
        const QString problem = inconsistency(mentions, text);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void countsOffsetsAndSurfaces()
    {
        const QString text = u"工行公告：工商银行（601398.SH）今日完成发行。中国工商银行，ICBC。"_s;
        const QList<Mention> mentions = MentionExtractor().extract({}, text);
        QCOMPARE(mentions.size(), 1);
        const Mention &icbc = mentions.constFirst();
        QCOMPARE(icbc.kind, Mention::Kind::Bank);
        QCOMPARE(icbc.name, u"工商银行"_s);
        QCOMPARE(icbc.fullName, u"中国工商银行股份有限公司"_s);
        QCOMPARE(icbc.aShare, u"sh601398"_s);
        QCOMPARE(icbc.hShare, u"01398"_s);
        QCOMPARE(icbc.count, 4);
        const QList<QPair<qsizetype, qsizetype>> occurrences = {
            {0, 2}, {5, 4}, {text.indexOf(u"中国工商银行"_s), 6}, {text.indexOf(u"ICBC"_s), 4}};
        QCOMPARE(icbc.occurrences, occurrences);
        QCOMPARE(icbc.surfaces, (QStringList {u"工行"_s, u"工商银行"_s, u"中国工商银行"_s, u"ICBC"_s}));
    }

    void codeOnItsOwnIsAnOccurrence()
    {
        const QString text = u"截至收盘，工商银行A股（601398.SH）小幅收涨，H股（01398.HK）表现平稳。"_s;
        const QList<Mention> mentions = MentionExtractor().extract({}, text);
        QCOMPARE(describe(mentions), QStringList {u"工商银行×3"_s});
        QCOMPARE(mentions.constFirst().surfaces,
                 (QStringList {u"工商银行"_s, u"601398.SH"_s, u"01398.HK"_s}));
    }

    void sortedBanksFirstThenByCountThenName()
    {
        const QString text = u"贵州茅台、贵州茅台、贵州茅台；宁德时代；北京银行；工商银行、工行；中国银行"_s;
        QCOMPARE(describe(MentionExtractor().extract({}, text)),
                 (QStringList {u"工商银行×2"_s, u"中国银行×1"_s, u"北京银行×1"_s, u"贵州茅台×3"_s,
                               u"宁德时代×1"_s}));
    }

    void userDictionary_isUsed()
    {
        const MentionDictionary dictionary = MentionDictionary::builtin().merged(
            u"kind,name,aliases,a_share\ncompany,寒武纪,寒武纪科技;+寒武,sh688256\nbank,民生银行,民生,\n"_s,
            u"user.csv"_s, nullptr);
        const MentionExtractor extractor(dictionary);
        QCOMPARE(describe(extractor.extract({}, u"寒武与寒武纪科技；民生工程"_s)),
                 (QStringList {u"民生银行×1"_s, u"寒武纪×2"_s}));
    }

    // THE SAMPLE: a Sina article naming nine banks, a regulator and the banks' branches.
    void henanSample_yieldsExactlyTheNineBanks_data()
    {
        QTest::addColumn<bool>("displayed");
        QTest::newRow("displayed text (sanitized HTML)") << true;
        QTest::newRow("import text (raw body)") << false;
    }

    void henanSample_yieldsExactlyTheNineBanks()
    {
        QFETCH(bool, displayed);
        const QString path =
            QFINDTESTDATA("../../resources/sample-library/2022/sina-henan-banks-2022-02-10.md");
        QVERIFY(!path.isEmpty());
        const Texts texts = textsOf(path);
        const QString &text = displayed ? texts.displayed : texts.imported;
        const QList<Mention> mentions = MentionExtractor().extract(texts.raw, text);
        QStringList found;
        for (const Mention &mention : mentions) {
            QCOMPARE(mention.kind, Mention::Kind::Bank);
            found.append(mention.name + u' ' + mention.aShare);
        }
        found.sort();
        QStringList expected = {u"中国人民银行 "_s,     u"国家开发银行 "_s,     u"中国农业发展银行 "_s,
                                u"工商银行 sh601398"_s, u"农业银行 sh601288"_s, u"中国银行 sh601988"_s,
                                u"建设银行 sh601939"_s, u"浦发银行 sh600000"_s, u"中信银行 sh601998"_s};
        expected.sort();
        QCOMPARE(found, expected);
        const QString problem = inconsistency(mentions, text);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Every article of the sample library: no crash, consistent results, and the same mentions
    // from the displayed text and from the import-time text.
    void sampleLibrary_data()
    {
        QTest::addColumn<QString>("path");
        const QString library = libraryFolder();
        QVERIFY(!library.isEmpty());
        QDirIterator it(library, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void sampleLibrary()
    {
        QFETCH(QString, path);
        const Texts texts = textsOf(path);
        const MentionExtractor extractor;
        const QList<Mention> displayed = extractor.extract(texts.raw, texts.displayed);
        const QList<Mention> imported = extractor.extract(texts.raw, texts.imported);
        QVERIFY(!displayed.isEmpty()); // every sample article is about a bank or a company
        QString problem = inconsistency(displayed, texts.displayed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = inconsistency(imported, texts.imported);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList displayedNames;
        for (const Mention &mention : displayed)
            displayedNames.append(mention.name);
        QStringList importedNames;
        for (const Mention &mention : imported)
            importedNames.append(mention.name);
        displayedNames.sort();
        importedNames.sort();
        QCOMPARE(importedNames, displayedNames);

        // Highlighting the occurrences marks exactly their text.
        const QString html = HtmlSanitizer::sanitize(BodyRenderer::toHtml(texts.raw)).html;
        QList<QPair<qsizetype, qsizetype>> ranges;
        for (const Mention &mention : displayed)
            ranges.append(mention.occurrences);
        const QString highlighted = PlainText::highlight(html, ranges);
        QVERIFY(highlighted.count(u"<mark class=\"bs-mention\">"_s) >= ranges.size());
        QCOMPARE(PlainText::fromHtml(highlighted), texts.displayed);
    }

    void threads_giveTheSameResults()
    {
        QStringList paths;
        QDirIterator it(libraryFolder(), {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
        QList<Texts> texts;
        for (const QString &path : std::as_const(paths))
            texts.append(textsOf(path));
        const MentionExtractor extractor;
        QList<QList<Mention>> serial;
        for (const Texts &t : std::as_const(texts))
            serial.append(extractor.extract(t.raw, t.displayed));
        for (int round = 0; round < 4; ++round) {
            const QList<QList<Mention>> parallel = QtConcurrent::blockingMapped<QList<QList<Mention>>>(
                texts, [&extractor](const Texts &t) { return extractor.extract(t.raw, t.displayed); });
            QCOMPARE(parallel, serial);
        }
    }
};

QTEST_GUILESS_MAIN(TestMentionExtractor)
#include "tst_mentionextractor.moc"
