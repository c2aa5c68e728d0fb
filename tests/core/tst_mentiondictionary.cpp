// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mentiondictionary.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

const QString header = u"kind,name,full_name,aliases,a_share,h_share,english\n"_s;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

} // namespace

class TestMentionDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every Chinese bank listed in Shanghai, Shenzhen or Hong Kong, the policy banks and the
    // central bank, with their codes.
    void builtin_knowsTheBanks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("aShare");
        QTest::addColumn<QString>("hShare");
        const QList<std::array<const char16_t *, 3>> banks = {
            {u"中国人民银行", u"", u""},          {u"国家开发银行", u"", u""},
            {u"中国进出口银行", u"", u""},        {u"中国农业发展银行", u"", u""},
            {u"工商银行", u"sh601398", u"01398"}, {u"建设银行", u"sh601939", u"00939"},
            {u"农业银行", u"sh601288", u"01288"}, {u"中国银行", u"sh601988", u"03988"},
            {u"交通银行", u"sh601328", u"03328"}, {u"邮储银行", u"sh601658", u"01658"},
            {u"招商银行", u"sh600036", u"03968"}, {u"浦发银行", u"sh600000", u""},
            {u"兴业银行", u"sh601166", u""},      {u"民生银行", u"sh600016", u"01988"},
            {u"光大银行", u"sh601818", u"06818"}, {u"中信银行", u"sh601998", u"00998"},
            {u"华夏银行", u"sh600015", u""},      {u"平安银行", u"sz000001", u""},
            {u"浙商银行", u"sh601916", u"02016"}, {u"北京银行", u"sh601169", u""},
            {u"上海银行", u"sh601229", u""},      {u"江苏银行", u"sh600919", u""},
            {u"宁波银行", u"sz002142", u""},      {u"南京银行", u"sh601009", u""},
            {u"杭州银行", u"sh600926", u""},      {u"成都银行", u"sh601838", u""},
            {u"长沙银行", u"sh601577", u""},      {u"贵阳银行", u"sh601997", u""},
            {u"西安银行", u"sh600928", u""},      {u"郑州银行", u"sz002936", u"06196"},
            {u"青岛银行", u"sz002948", u"03866"}, {u"苏州银行", u"sz002966", u""},
            {u"重庆银行", u"sh601963", u"01963"}, {u"厦门银行", u"sh601187", u""},
            {u"齐鲁银行", u"sh601665", u""},      {u"兰州银行", u"sz001227", u""},
            {u"渝农商行", u"sh601077", u"03618"}, {u"沪农商行", u"sh601825", u""},
            {u"青农商行", u"sz002958", u""},      {u"常熟银行", u"sh601128", u""},
            {u"苏农银行", u"sh603323", u""},      {u"张家港行", u"sz002839", u""},
            {u"江阴银行", u"sz002807", u""},      {u"无锡银行", u"sh600908", u""},
            {u"紫金银行", u"sh601860", u""},      {u"瑞丰银行", u"sh601528", u""},
            {u"徽商银行", u"", u"03698"},         {u"九江银行", u"", u"06190"},
            {u"甘肃银行", u"", u"02139"},         {u"哈尔滨银行", u"", u"06138"},
            {u"盛京银行", u"", u"02066"},         {u"锦州银行", u"", u"00416"},
            {u"天津银行", u"", u"01578"},         {u"中原银行", u"", u"01216"},
            {u"广州农商银行", u"", u"01551"},     {u"泸州银行", u"", u"01983"},
            {u"晋商银行", u"", u"02558"},         {u"江西银行", u"", u"01916"},
            {u"威海银行", u"", u"09677"},         {u"东莞农商银行", u"", u"09889"},
            {u"渤海银行", u"", u"09668"},         {u"贵州银行", u"", u"06199"},
        };
        for (const auto &[name, a, h] : banks)
            QTest::newRow(qPrintable(QString::fromUtf16(name)))
                << QString::fromUtf16(name) << QString::fromUtf16(a) << QString::fromUtf16(h);
    }

    void builtin_knowsTheBanks()
    {
        QFETCH(QString, name);
        QFETCH(QString, aShare);
        QFETCH(QString, hShare);
        const DictionaryEntry *entry = MentionDictionary::builtin().findByName(name);
        QVERIFY(entry);
        QCOMPARE(entry->kind, Mention::Kind::Bank);
        QCOMPARE(entry->name, name);
        QCOMPARE(entry->aShare, aShare);
        QCOMPARE(entry->hShare, hShare);
        QVERIFY(!entry->fullName.isEmpty());
        if (!aShare.isEmpty())
            QCOMPARE(MentionDictionary::builtin().findByCode(aShare), entry);
        if (!hShare.isEmpty())
            QCOMPARE(MentionDictionary::builtin().findByCode(QString(hShare + u".HK"_s)), entry);
    }

    void builtin_listsTheAShareCompaniesWithoutDisplayPrefixes()
    {
        const MentionDictionary &dictionary = MentionDictionary::builtin();
        QSet<QString> names;
        QSet<QString> codes;
        int companies = 0;
        static const QRegularExpression prefix(u"^(\\*?ST|S\\*ST|SST|[SNCUW]|XD|XR|DR)\\p{Han}"_s);
        for (const DictionaryEntry &entry : dictionary.entries()) {
            companies += entry.kind == Mention::Kind::Company;
            QVERIFY2(!prefix.match(entry.name).hasMatch(), qPrintable(entry.name));
            // One entry per name and per code: nothing merged by accident.
            QVERIFY2(!names.contains(entry.name), qPrintable(entry.name));
            names.insert(entry.name);
            for (const QString &code : {entry.aShare, entry.hShare}) {
                QVERIFY2(code.isEmpty() || !codes.contains(code), qPrintable(code));
                codes.insert(code);
            }
        }
        // 3,806 stocks in the 2020 list, 36 of them banks, plus later and Hong Kong listings.
        QVERIFY2(companies >= 3770 + 50, qPrintable(QString::number(companies)));
        QCOMPARE(dictionary.findByCode(u"sh600518"_s)->name, u"康美"_s); // was *ST康美
        QCOMPARE(dictionary.findByCode(u"sh601888"_s)->name, u"中国中免"_s); // was 中国国旅
        QCOMPARE(dictionary.findByCode(u"sh600519"_s)->name, u"贵州茅台"_s);
        QCOMPARE(dictionary.findByCode(u"00700"_s)->name, u"腾讯控股"_s);
        QCOMPARE(dictionary.findByCode(u"sh601318"_s)->hShare, u"02318"_s);
        QVERIFY(!dictionary.findByCode(u"sh000001"_s)); // 上证指数: indices are not companies
    }

    void builtin_marksRiskyNames()
    {
        const MentionDictionary &dictionary = MentionDictionary::builtin();
        const DictionaryEntry *industrial = dictionary.findByName(u"兴业银行"_s);
        QVERIFY(industrial->listOnly.contains(u"兴业"_s));
        QVERIFY(dictionary.findByName(u"陆家嘴"_s)->contextOnly.contains(u"陆家嘴"_s));
        QVERIFY(dictionary.findByName(u"康美"_s)->contextOnly.contains(u"康美"_s)); // two characters
        QVERIFY(dictionary.findByName(u"万科A"_s)->contextOnly.isEmpty()); // +万科
        QVERIFY(dictionary.findByName(u"工商银行"_s)->contextOnly.isEmpty());
    }

    void findByCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("six digits, Shanghai") << u"601398"_s << u"工商银行"_s;
        QTest::newRow("six digits, Shenzhen") << u"000001"_s << u"平安银行"_s;
        QTest::newRow("prefixed") << u"sh601398"_s << u"工商银行"_s;
        QTest::newRow("prefixed, upper case") << u"SZ000001"_s << u"平安银行"_s;
        QTest::newRow("suffixed") << u"601398.SH"_s << u"工商银行"_s;
        QTest::newRow("Yahoo's .SS") << u"601398.SS"_s << u"工商银行"_s;
        QTest::newRow("Hong Kong suffix") << u"00939.HK"_s << u"建设银行"_s;
        QTest::newRow("Hong Kong, four digits") << u"0939.HK"_s << u"建设银行"_s;
        QTest::newRow("Hong Kong prefix") << u"HK:00939"_s << u"建设银行"_s;
        QTest::newRow("Sina's Hong Kong symbol") << u"hk00939"_s << u"建设银行"_s;
        QTest::newRow("five digits") << u"00939"_s << u"建设银行"_s;
        QTest::newRow("surrounding spaces") << u" 600036 "_s << u"招商银行"_s;
        QTest::newRow("unknown code") << u"sh609999"_s << QString();
        QTest::newRow("not a code") << u"ICBC"_s << QString();
        QTest::newRow("wrong length") << u"60139"_s << QString();
        QTest::newRow("Shanghai digits under Hong Kong") << u"601398.HK"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void findByCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const DictionaryEntry *entry = MentionDictionary::builtin().findByCode(code);
        QCOMPARE(entry ? entry->name : QString(), name);
    }

    void findByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("name") << u"工商银行"_s << u"工商银行"_s;
        QTest::newRow("full name") << u"中国工商银行股份有限公司"_s << u"工商银行"_s;
        QTest::newRow("alias") << u"工行"_s << u"工商银行"_s;
        QTest::newRow("English abbreviation") << u"ICBC"_s << u"工商银行"_s;
        QTest::newRow("English name") << u"Bank of China"_s << u"中国银行"_s;
        QTest::newRow("list-only alias") << u"兴业"_s << u"兴业银行"_s;
        QTest::newRow("old name") << u"中国国旅"_s << u"中国中免"_s;
        QTest::newRow("central bank") << u"人民银行"_s << u"中国人民银行"_s;
        QTest::newRow("not an alias: 央行") << u"央行"_s << QString();
        QTest::newRow("unknown") << u"某某银行"_s << QString();
    }

    void findByName()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const DictionaryEntry *entry = MentionDictionary::builtin().findByName(text);
        QCOMPARE(entry ? entry->name : QString(), name);
    }

    void userFile_addsACompany()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, u"mentions.csv"_s,
                      u"# my additions\n"_s + header
                          + u"company,寒武纪,中科寒武纪科技股份有限公司,寒武纪科技,688256.SH,,Cambricon\n"_s);
        QStringList problems;
        const MentionDictionary dictionary = MentionDictionary::withUserFile(path, &problems);
        QCOMPARE(problems, QStringList());
        QCOMPARE(dictionary.entries().size(), MentionDictionary::builtin().entries().size() + 1);
        const DictionaryEntry *entry = dictionary.findByCode(u"sh688256"_s);
        QVERIFY(entry);
        QCOMPARE(entry->name, u"寒武纪"_s);
        QCOMPARE(entry->aliases, QStringList {u"寒武纪科技"_s});
        QCOMPARE(dictionary.findByName(u"寒武纪科技"_s), entry);
        QVERIFY(!MentionDictionary::builtin().findByCode(u"sh688256"_s)); // the built-in one is untouched
    }

    void userFile_overridesAnEntrysAliases()
    {
        QTemporaryDir dir;
        // 民生 becomes an alias that matches anywhere; the codes stay those of the built-in entry.
        const QString path =
            writeFile(dir, u"mentions.csv"_s, header + u"bank,民生银行,,\"民生;民生银行股份, 总行\",,,\n"_s);
        QStringList problems;
        const MentionDictionary dictionary = MentionDictionary::withUserFile(path, &problems);
        QCOMPARE(problems, QStringList());
        QCOMPARE(dictionary.entries().size(), MentionDictionary::builtin().entries().size());
        const DictionaryEntry *entry = dictionary.findByName(u"民生"_s);
        QVERIFY(entry);
        QCOMPARE(entry->name, u"民生银行"_s);
        QCOMPARE(entry->aliases, (QStringList {u"民生"_s, u"民生银行股份, 总行"_s}));
        QVERIFY(entry->listOnly.isEmpty());
        QCOMPARE(entry->aShare, u"sh600016"_s);
        QCOMPARE(entry->hShare, u"01988"_s);
        QCOMPARE(entry->fullName, u"中国民生银行股份有限公司"_s);
        QVERIFY(!dictionary.findByName(u"中国民生银行"_s)); // the old aliases are gone
    }

    void userFile_overridesByCode()
    {
        const MentionDictionary dictionary = MentionDictionary::builtin().merged(
            QString(header + u"company,康美药业,,,sh600518,,\n"_s), u"user.csv"_s, nullptr);
        QCOMPARE(dictionary.findByCode(u"600518"_s)->name, u"康美药业"_s);
        QVERIFY(dictionary.findByCode(u"600518"_s)->contextOnly.isEmpty());
    }

    void userFile_brokenRowsAreReported_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<int>("added");
        QTest::newRow("unknown kind")
            << header + u"company,甲公司,,,,,\nfund,乙基金,,,,,\n"_s
            << QStringList {u"%1:3: the kind must be “bank” or “company”, not “fund”"_s} << 1;
        QTest::newRow("empty name") << header + u"company,,,,sh688001,,\n"_s
                                    << QStringList {u"%1:2: the name is empty"_s} << 0;
        QTest::newRow("unquoted comma") << header + u"\n# comment\ncompany,甲,有限公司,甲,乙,,,\n"_s
                                        << QStringList {u"%1:4: 8 cells, but the header has 7"_s} << 0;
        QTest::newRow("bad A-share code")
            << header + u"company,甲,,,sh12345,,\ncompany,乙,,,00700,,\n"_s
            << QStringList {u"%1:2: “sh12345” is not an A-share code (sh600000, sz000001 or bj830799)"_s,
                            u"%1:3: “00700” is not an A-share code (sh600000, sz000001 or bj830799)"_s}
            << 0;
        QTest::newRow("bad Hong Kong code")
            << header + u"company,甲,,,,601398,\n"_s
            << QStringList {u"%1:2: “601398” is not a Hong Kong code (five digits, such as 00939)"_s} << 0;
        QTest::newRow("quote never closed") << header + u"company,甲,,,,,\ncompany,\"乙,,,,,\n"_s
                                            << QStringList {u"%1:3: a quoted cell is never closed"_s} << 1;
        QTest::newRow("no header")
            << u"company,甲,,,,,\n"_s
            << QStringList {u"%1:1: the header row must name the columns kind and name"_s} << 0;
        QTest::newRow("quoted line break counts lines")
            << header + u"company,甲,\"甲\n公司\",,,,\nbank,,,,,,\n"_s
            << QStringList {u"%1:4: the name is empty"_s} << 1;
        QTest::newRow("header in another order, Windows line ends, BOM")
            << u"\ufeffname,kind\r\n甲公司,company\r\n"_s << QStringList {} << 1;
    }

    void userFile_brokenRowsAreReported()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, problems);
        QFETCH(int, added);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"mentions.csv"_s, csv);
        QStringList reported;
        const MentionDictionary dictionary = MentionDictionary::withUserFile(path, &reported);
        for (QString &problem : problems)
            problem = problem.arg(path);
        QCOMPARE(reported, problems);
        QCOMPARE(dictionary.entries().size(), MentionDictionary::builtin().entries().size() + added);
    }

    void userFile_missingIsNoProblem()
    {
        QTemporaryDir dir;
        QStringList problems;
        const MentionDictionary dictionary =
            MentionDictionary::withUserFile(dir.filePath(u"none.csv"_s), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(dictionary.entries(), MentionDictionary::builtin().entries());
    }

    void userFile_unreadableIsReported()
    {
        QTemporaryDir dir;
        QStringList problems;
        // A folder where the file should be cannot be read as one.
        const MentionDictionary dictionary = MentionDictionary::withUserFile(dir.path(), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().startsWith(dir.path() + u": the file cannot be read"_s),
                 qPrintable(problems.constFirst()));
        QCOMPARE(dictionary.entries().size(), MentionDictionary::builtin().entries().size());
    }

    void userFile_markers()
    {
        const MentionDictionary dictionary = MentionDictionary::builtin().merged(
            QString(header + u"company,甲乙科技,,~甲乙;-甲乙丙;+丁;戊,,,\n"_s), u"user.csv"_s, nullptr);
        const DictionaryEntry *entry = dictionary.findByName(u"甲乙科技"_s);
        QVERIFY(entry);
        QCOMPARE(entry->aliases, (QStringList {u"甲乙"_s, u"甲乙丙"_s, u"丁"_s, u"戊"_s}));
        QCOMPARE(entry->listOnly, QStringList {u"甲乙"_s});
        // "戊" is a one-character company alias: context-only; "+丁" is not.
        QCOMPARE(entry->contextOnly, (QStringList {u"甲乙丙"_s, u"戊"_s}));
    }

    void userFilePath_isInTheConfigFolder()
    {
        const QString path = MentionDictionary::userFilePath();
        QVERIFY(path.endsWith(u"/mentions.csv"_s));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    }
};

QTEST_GUILESS_MAIN(TestMentionDictionary)
#include "tst_mentiondictionary.moc"
