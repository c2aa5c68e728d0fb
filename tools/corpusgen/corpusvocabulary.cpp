// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/corpusgen/corpusvocabulary.h"

namespace Broadsheet::Tools {

namespace {

template<typename T, int N> Table<T> table(const T (&array)[N])
{
    return {array, N};
}

// Bank names and codes from the project's starting material (banks-starting-material.csv,
// itself compiled from wondertrader/wondertrader stocks.json, MIT, and the A/H pair table of
// Raytto/quant_strategy_v2); the non-banks from a-share-stocks-2020.csv (wondertrader, MIT).
// Hong Kong codes were checked against the same files; 腾讯控股 is listed in Hong Kong only.
const Entity kEntities[] = {
    {"工商银行", "sh601398", "01398", "icbc", EntityKind::Bank},
    {"建设银行", "sh601939", "00939", "ccb", EntityKind::Bank},
    {"农业银行", "sh601288", "01288", "abc", EntityKind::Bank},
    {"中国银行", "sh601988", "03988", "boc", EntityKind::Bank},
    {"交通银行", "sh601328", "03328", "bocom", EntityKind::Bank},
    {"邮储银行", "sh601658", "01658", "psbc", EntityKind::Bank},
    {"招商银行", "sh600036", "03968", "cmb", EntityKind::Bank},
    {"浦发银行", "sh600000", "", "spdb", EntityKind::Bank},
    {"兴业银行", "sh601166", "", "cib", EntityKind::Bank},
    {"民生银行", "sh600016", "01988", "cmbc", EntityKind::Bank},
    {"光大银行", "sh601818", "06818", "ceb", EntityKind::Bank},
    {"中信银行", "sh601998", "00998", "citic", EntityKind::Bank},
    {"华夏银行", "sh600015", "", "hxb", EntityKind::Bank},
    {"平安银行", "sz000001", "", "pab", EntityKind::Bank},
    {"浙商银行", "sh601916", "02016", "czb", EntityKind::Bank},
    {"北京银行", "sh601169", "", "bob", EntityKind::Bank},
    {"上海银行", "sh601229", "", "bosc", EntityKind::Bank},
    {"江苏银行", "sh600919", "", "jsb", EntityKind::Bank},
    {"宁波银行", "sz002142", "", "nbcb", EntityKind::Bank},
    {"南京银行", "sh601009", "", "njcb", EntityKind::Bank},
    {"杭州银行", "sh600926", "", "hzbank", EntityKind::Bank},
    {"成都银行", "sh601838", "", "bocd", EntityKind::Bank},
    {"长沙银行", "sh601577", "", "cscb", EntityKind::Bank},
    {"郑州银行", "sz002936", "06196", "zzbank", EntityKind::Bank},
    {"青岛银行", "sz002948", "03866", "qdbank", EntityKind::Bank},
    {"苏州银行", "sz002966", "", "bosz", EntityKind::Bank},
    {"重庆银行", "sh601963", "01963", "cqbank", EntityKind::Bank},
    {"渝农商行", "sh601077", "03618", "cqrcb", EntityKind::Bank},
    {"常熟银行", "sh601128", "", "csrcb", EntityKind::Bank},
    {"贵州茅台", "sh600519", "", "moutai", EntityKind::Company},
    {"宁德时代", "sz300750", "", "catl", EntityKind::Company},
    {"中国平安", "sh601318", "02318", "pingan", EntityKind::Company},
    {"腾讯控股", "", "00700", "tencent", EntityKind::Company},
    {"比亚迪", "sz002594", "01211", "byd", EntityKind::Company},
    {"中国人寿", "sh601628", "02628", "chinalife", EntityKind::Company},
    {"中信证券", "sh600030", "06030", "citics", EntityKind::Company},
    {"五粮液", "sz000858", "", "wuliangye", EntityKind::Company},
    {"长江电力", "sh600900", "", "cypc", EntityKind::Company},
    {"紫金矿业", "sh601899", "02899", "zijin", EntityKind::Company},
};

const Source kSources[] = {
    {"sina", "新浪财经", "https://n.sinaimg.cn/finance/crawl/", Style::Sina},
    {"cls", "财联社", "https://image.cls.cn/images/", Style::Telegram},
    {"xueqiu", "雪球", "https://xqimg.imedao.com/", Style::Forum},
    {"stcn", "证券时报", "https://img.stcn.com/upload/", Style::Paragraphs},
    {"yicai", "第一财经", "https://imgcdn.yicai.com/uppics/slides/", Style::Paragraphs},
    {"cs", "中国证券报", "https://img.cs.com.cn/upload/", Style::Paragraphs},
    {"cnstock", "上海证券报", "https://img.cnstock.com/upload/", Style::Paragraphs},
    {"21jingji", "21世纪经济报道", "https://img.21jingji.com/uploadfile/", Style::Paragraphs},
    {"cninfo", "巨潮资讯", "https://static.cninfo.com.cn/finalpage/", Style::Announcement},
    {"zhitong", "智通财经", "https://img.zhitongcaijing.com/image/", Style::Paragraphs},
    {"eeo", "经济观察报", "https://img.eeo.com.cn/upload/", Style::Paragraphs},
};

// Sina and Cailian dominate real archives, so they weigh more.
const Category kCategories[] = {
    {"金融|新浪财经|新浪财经－国內", 0, 12},
    {"金融|新浪财经|港股", 0, 5},
    {"金融|新浪财经|美股", 0, 2},
    {"金融|新浪财经|新浪财经－银行", 0, 5},
    {"金融|新浪财经|理财", 0, 3},
    {"金融|新浪财经|新浪财经－滚动", 0, 6},
    {"宏观|新浪财经", 0, 3},
    {"金融|财联社|电报", 1, 12},
    {"金融|财联社|港股", 1, 4},
    {"金融|财联社|银行", 1, 4},
    {"金融|财联社|公司", 1, 4},
    {"债券|财联社", 1, 2},
    {"金融|雪球|热帖", 2, 4},
    {"金融|雪球|专栏", 2, 2},
    {"金融|雪球|港股", 2, 1},
    {"宏观|证券时报", 3, 3},
    {"公司|证券时报", 3, 3},
    {"金融|证券时报|银行", 3, 2},
    {"债券|证券时报|信用债", 3, 1},
    {"金融|第一财经|银行理财", 4, 3},
    {"金融|第一财经|银行", 4, 2},
    {"宏观|第一财经", 4, 2},
    {"公司|第一财经|新能源", 4, 1},
    {"宏观|中国证券报", 5, 2},
    {"债券|中国证券报|利率债", 5, 1},
    {"金融|中国证券报|基金", 5, 1},
    {"公司|上海证券报", 6, 2},
    {"金融|上海证券报|保险", 6, 1},
    {"宏观|上海证券报|央行动态", 6, 1},
    {"金融|21世纪经济报道|银行", 7, 2},
    {"宏观|21世纪经济报道|区域经济", 7, 1},
    {"公司|21世纪经济报道", 7, 1},
    {"公司|上市公司公告", 8, 4},
    {"公司|业绩快报", 8, 2},
    {"公司|上市公司公告|银行", 8, 2},
    {"港股|智通财经", 9, 2},
    {"港股|智通财经|公司", 9, 1},
    {"金融|经济观察报|银行", 10, 1},
    {"宏观|经济观察报", 10, 1},
    {"公司|经济观察报|消费", 10, 1},
};

const TitleTemplate kTitles[] = {
    {"{B}发布{Y}年{Q}季度业绩 净利润同比增长{P}%", "quarterly-results", Subject::Bank},
    {"{B}：上半年营业收入同比增长{P}% 资产质量保持稳定", "interim-results", Subject::Bank},
    {"央行开展{N}亿元MLF操作 中标利率持平", "mlf", Subject::None},
    {"{B}成功发行{N}亿元绿色金融债券", "green-bond", Subject::Bank},
    {"{B}下调部分定期存款利率 最高下调{BP}个基点", "deposit-rate-cut", Subject::Bank},
    {"港股内银股午后走强 {B}涨超{P2}%", "hk-banks-rally", Subject::Bank},
    {"{B}召开年度股东大会 审议通过利润分配方案", "agm", Subject::Bank},
    {"{R}召开金融机构座谈会 {B}等{K}家银行参会", "regional-meeting", Subject::Bank},
    {"理财收益率回落 {B}理财子公司加大现金管理类产品布局", "wealth-management", Subject::Bank},
    {"{PB}：前{Q}季度累计发放中长期贷款{N}亿元", "policy-loans", Subject::PolicyBank},
    {"{C}公告：拟每10股派发现金红利{DIV}元", "dividend", Subject::Company},
    {"{B}二级资本债发行完成 票面利率{RATE}%", "tier2-bond", Subject::Bank},
    {"LPR报价出炉：1年期LPR为{RATE}% 5年期以上品种维持不变", "lpr", Subject::None},
    {"{C}股价创年内新高 北向资金持续加仓", "new-high", Subject::Company},
    {"{B}董事会审议通过{N}亿元可转债发行预案", "convertible-bond", Subject::Bank},
    {"{R}中小银行改革提速 {B}牵头推进风险化解", "risk-resolution", Subject::Bank},
    {"监管部门发布{Q}季度银行业主要监管指标 净息差继续收窄", "regulator-data", Subject::None},
    {"南向资金单日净买入超{N}亿港元 {C}获大幅加仓", "southbound", Subject::Company},
    {"{B}与{C}签署战略合作协议 意向授信{N}亿元", "strategic-deal", Subject::Bank},
    {"多地下调房贷利率 {B}首套房贷利率降至{RATE}%", "mortgage-rate", Subject::Bank},
    {"{B}：不良贷款率较年初下降{BP}个基点", "npl-ratio", Subject::Bank},
    {"{C}{Q}季度营收同比增长{P}% 研发投入持续加大", "company-results", Subject::Company},
    {"{B}零售客户资产规模再创新高 财富管理收入占比提升", "retail-aum", Subject::Bank},
    {"央行：{M}月末广义货币（M2）余额同比增长{P}%", "m2", Subject::None},
    {"{B}获批在{R}设立分行 持续深化区域布局", "new-branch", Subject::Bank},
    {"银行间市场资金面宽松 隔夜利率下行{BP}个基点", "interbank", Subject::None},
    {"{PB}支持{R}重大项目建设 累计投放{N}亿元", "major-projects", Subject::PolicyBank},
    {"{C}回购股份进展：累计回购金额{N}亿元", "buyback", Subject::Company},
    {"{B}H股股息率升至{P2}% 高股息策略受资金青睐", "dividend-yield", Subject::Bank},
    {"{C}发布年度报告 归母净利润同比增长{P}%", "annual-report", Subject::Company},
};

const char *const kSentences[] = {
    "{BC}近日发布公告称，{Y}年{Q}季度实现营业收入{N}亿元，同比增长{P}%。",
    "报告期内，该行归属于股东的净利润同比增长{P}%，不良贷款率较年初下降{BP}个基点。",
    "{PER}表示，将持续加大对制造业、普惠小微和绿色产业的信贷支持力度。",
    "从资产质量看，{B}的拨备覆盖率保持在较高水平，风险抵补能力较为充足。",
    "中国人民银行{M}月{D}日开展{N}亿元逆回购操作，中标利率保持不变。",
    "业内人士认为，当前银行净息差持续收窄，负债成本管控成为各行经营的重点。",
    "{PER}指出，随着稳增长政策逐步显效，银行资产质量预期有望进一步改善。",
    "截至{M}月末，{R}各项贷款余额同比增长{P}%，增速高于全国平均水平。",
    "{B}相关负责人表示，该行将坚持稳中求进的工作总基调，推动业务高质量发展。",
    "数据显示，{Y}年以来已有多家银行发行二级资本债券，发行规模合计超过{N}亿元。",
    "二级市场方面，{BC}当日收涨{P2}%，成交额较前一交易日明显放大。",
    "港股方面，{CC}午后涨幅扩大，南向资金全天净买入{N}亿港元。",
    "{PER}认为，高股息、低估值的银行股具备较好的防御属性，适合长期资金配置。",
    "本期债券期限为{TERM}年，票面利率{RATE}%，全场认购倍数约{MULT}倍。",
    "募集资金将用于补充资本，提高资本充足率，增强服务实体经济的能力。",
    "{PB}相关负责人表示，将发挥中长期融资优势，加大对基础设施和重点领域的支持。",
    "银行理财市场方面，截至{M}月末理财产品存续规模约{N}亿元，较年初有所回落。",
    "受债市调整影响，部分固收类理财产品净值出现回撤，{PER}提醒投资者理性看待短期波动。",
    "{R}近日召开金融工作会议，要求进一步深化银企对接，加大对中小微企业的金融支持。",
    "会议指出，要防范化解重点领域金融风险，守住不发生系统性金融风险的底线。",
    "{C}表示，将继续加大研发投入，巩固在行业中的竞争优势。",
    "{CC}发布公告，拟每10股派发现金红利{DIV}元（含税），分红比例保持稳定。",
    "从估值看，银行板块整体市净率处于历史低位，板块股息率优势较为明显。",
    "{PER}表示，存款利率下调有助于缓解银行负债端压力，但对息差的支撑作用需要时间体现。",
    "分析人士预计，{Y}年货币政策仍将保持稳健，流动性将保持合理充裕。",
    "{B}与{R}人民政府签署战略合作协议，未来五年将提供不低于{N}亿元的意向性融资支持。",
    "此外，{B}、{B}等银行也在积极推进零售转型，财富管理收入占比持续提升。",
    "截至发稿，{BC}报{PRICE}元，总市值约{N}亿元。",
    "对于市场关注的房地产风险，{B}表示，相关贷款不良率有所上升，但风险总体可控。",
    "金融监管部门近日召开座谈会，要求银行机构一视同仁满足不同所有制企业的合理融资需求。",
    "{PER}指出，城商行和农商行的资本补充压力相对更大，需要多渠道补充资本。",
    "银行间市场方面，隔夜Shibor下行{BP}个基点，7天期品种小幅上行。",
    "据了解，{B}信用卡业务近年来持续调整，信用卡贷款不良率已连续多个季度回落。",
    "{C}{Y}年{Q}季度实现营业收入{N}亿元，同比增长{P}%。",
    "北向资金当日净买入{N}亿元，其中{C}获得的净买入额居前。",
    "一位国有大行人士对记者表示，新发放贷款利率仍在下行，银行需要在规模和收益之间寻求平衡。",
    "{B}表示，将稳步推进数字化转型，提升线上服务能力和客户体验。",
    "从行业看，{Y}年{Q}季度商业银行净利润同比增长{P}%，资产规模稳步扩张。",
    "{PER}建议，投资者应根据自身风险承受能力和资金使用期限选择合适的理财产品。",
    "消息公布后，{B}股价盘中一度上涨{P2}%，随后涨幅有所收窄。",
    "{CC}表示，公司经营情况正常，内外部经营环境未发生重大变化。",
    "{PB}{Y}年累计发放贷款超过{N}亿元，重点支持水利、交通和新型基础设施建设。",
    "中国人民银行有关负责人表示，将综合运用多种货币政策工具，保持流动性合理充裕。",
    "{B}还披露，该行拟在未来三年内保持现金分红比例不低于{SHARE}%。",
    "市场人士认为，在资本市场改革持续推进的背景下，长期资金入市节奏有望加快。",
    "{R}金融监管部门数据显示，辖内银行业金融机构普惠小微贷款余额同比增长{P}%。",
    "恒生指数当日收涨{P2}%，恒生科技指数表现强于大盘，{CC}成交活跃。",
    "{PER}认为，{C}作为行业龙头，业绩确定性相对较强，但短期估值消化仍需时间。",
    "{B}方面回应称，相关业务均按照监管要求开展，客户资金安全不受影响。",
    "今年以来，已有{K}家上市银行公告了高管增持计划，以提振市场信心。",
};

const char *const kRegions[] = {
    "河南省", "江苏省", "浙江省", "广东省", "山东省", "四川省", "湖北省", "湖南省",
    "福建省", "安徽省", "上海市", "北京市", "重庆市", "陕西省", "河北省", "江西省",
};

const char *const kSpeakers[] = {
    "相关负责人", "某券商银行业首席分析师", "一位城商行高管", "业内人士", "某公募基金经理",
    "市场人士",   "一位接近监管的人士",     "某股份行人士",   "分析人士", "一位资深银行业研究员",
};

// Made-up names: the real archive has a person's name in this line.
const char *const kEditors[] = {
    "刘明宇", "陈思源", "王婧怡", "郭子涵", "李思琪", "赵一鸣", "孙嘉怡", "周文博",
};

const char *const kHeadings[] = {
    "一、业绩概况", "二、资产质量",   "三、估值与分红", "几点看法", "风险提示",
    "息差怎么看",   "零售和财富管理", "资本与分红",     "后续跟踪", "和同业比一比",
};

} // namespace

Table<Entity> entities()
{
    return table(kEntities);
}
Table<Source> sources()
{
    return table(kSources);
}
Table<Category> categories()
{
    return table(kCategories);
}
Table<TitleTemplate> titles()
{
    return table(kTitles);
}
Table<const char *> sentences()
{
    return table(kSentences);
}
Table<const char *> regions()
{
    return table(kRegions);
}
Table<const char *> speakers()
{
    return table(kSpeakers);
}
Table<const char *> editors()
{
    return table(kEditors);
}
Table<const char *> markdownHeadings()
{
    return table(kHeadings);
}

// The layout of Sina's tail, kept as the pipeline saved it (blank lines, indentation and
// the &#123; entities Sina's CMS writes for braces in the inline style sheet).
QByteArrayView sinaTailHead()
{
    return "\n\n\n\n\n\n\n\n<!-- 正文下iframe -->\n\n\n<!-- 正文下iframe -->\n\n<!-- 总声明-->\n"
           "\n\n\n\n\n\n\n\n\n\n\n<!-- 总声明-->\n\n<!-- 文末二维码 start -->\n\n\n"
           "            <!-- 文末二维码 start -->\n"
           "            <style>\n"
           "            .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;\n"
           "            .appendQr_normal&#123;float:left;&#125;\n"
           "            .appendQr_normal img&#123;width:74px;&#125;\n"
           "            .appendQr_normal_txt&#123;float:left;font-size:20px;line-height:74px;"
           "padding-left:20px;color:#333;&#125;\n"
           "            </style>\n"
           "            <div class=\"clearfix appendQr_wrap\">\n"
           "                <div class=\"appendQr_normal\"><img src=\"https://n.sinaimg.cn/finance/"
           "cece9e13/20200514/343233024.png\" referrerpolicy=\"no-referrer\"></div>\n"
           "                <div class=\"appendQr_normal_txt\">海量资讯、精准解读，尽在新浪财经APP</div>\n"
           "            </div>\n"
           "            <!-- 文末二维码 start -->\n\n"
           "            <!-- 文末二维码 start -->\n\n"
           "<!-- 编辑姓名及工作代码 -->\n\n"
           "<p class=\"article-editor\">责任编辑：";
}

QByteArrayView sinaTailFoot()
{
    return " </p>\n<!-- 编辑姓名及工作代码-->\n\n  \n</div>\n            ";
}

} // namespace Broadsheet::Tools
