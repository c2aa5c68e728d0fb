// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/htmlsanitizer.h"

#include "core/boilerplate.h"
#include "core/htmltags.h"
#include "core/nestinglimiter.h"
#include "core/sanitizerpolicy.h"

#include <gumbo.h>

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

using namespace Html;

namespace {

// =============================================================================================
// Serializer: walks gumbo's tree with an explicit stack (no recursion, so depth cannot
// overflow the call stack) and writes what the allow-list keeps.
// =============================================================================================

std::string_view textOf(const GumboNode *node)
{
    return node->v.text.text;
}

const GumboAttribute *attribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(const_cast<GumboVector *>(&element.attributes), name);
}

class Writer final
{
public:
    explicit Writer(const HtmlSanitizer::Options &options)
        : m_options(options)
    { }

    void writeChildren(const GumboNode *parent, qsizetype sizeHint);
    std::string takeOutput();
    QString editor() const { return m_editor; }

    // What a browser parsing our output would have open at this point, as far as it decides
    // whether a new start tag closes an element implicitly.
    struct Context {
        bool inParagraph = false; // a <p> in button scope
        bool inListItem = false; // an <li> a new <li> would close
        bool inDefinition = false; // likewise a <dd> or <dt>
        bool inLink = false;
        bool inHeading = false; // the innermost element written is h1–h6
        GumboTag parent = GUMBO_TAG_UNKNOWN; // the innermost element written
        // Nesting as the NestingLimiter counts it. Gumbo can build deeper trees than its input
        // (it re-opens formatting elements); capping the output the same way keeps a second
        // pass from removing anything.
        qsizetype depth = 0;
        qsizetype formatting = 0;
    };

private:
    struct Frame {
        const GumboVector *children;
        unsigned next;
        GumboTag closeTag; // GUMBO_TAG_UNKNOWN: the element was unwrapped
        Context context;
    };

    void enter(const GumboNode *node, const Context &context);
    bool isBoilerplate(const GumboNode *node);
    void writeImage(const GumboElement &element, const Context &context);
    std::string attributesOf(const GumboElement &element, GumboTag emitAs) const;
    void appendWhitespace(std::string_view text);

    const HtmlSanitizer::Options &m_options;
    std::string m_out;
    std::vector<Frame> m_stack;
    int m_preDepth = 0;
    size_t m_preContentStart = std::string::npos; // where the latest <pre>'s content begins
    QString m_editor;
};

void Writer::writeChildren(const GumboNode *parent, qsizetype sizeHint)
{
    m_out.reserve(size_t(sizeHint));
    m_stack.push_back({&parent->v.element.children, 0, GUMBO_TAG_UNKNOWN, {}});
    while (!m_stack.empty()) {
        Frame &frame = m_stack.back();
        if (frame.next >= frame.children->length) {
            if (frame.closeTag != GUMBO_TAG_UNKNOWN) {
                m_out += "</";
                m_out += gumbo_normalized_tagname(frame.closeTag);
                m_out += '>';
                m_preDepth -= frame.closeTag == GUMBO_TAG_PRE ? 1 : 0;
            }
            m_stack.pop_back();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            // The parser drops a newline right after <pre>; a leading blank line needs one more.
            if (m_out.size() == m_preContentStart && textOf(node).starts_with('\n'))
                m_out += '\n';
            if (node->type == GUMBO_NODE_WHITESPACE)
                appendWhitespace(textOf(node));
            else
                appendEscaped(m_out, textOf(node), false);
            break;
        case GUMBO_NODE_ELEMENT:
            enter(node, Context(frame.context)); // may push a frame and invalidate `frame`
            break;
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        }
    }
}

// Whitespace between blocks comes in runs (scrapers leave blank lines around every removed
// widget); one newline keeps the source readable without growing the page.
void Writer::appendWhitespace(std::string_view text)
{
    if (m_preDepth > 0) {
        m_out += text;
        return;
    }
    if (m_out.empty() || isHtmlSpace(m_out.back()))
        return;
    m_out += text.find('\n') != std::string_view::npos ? '\n' : ' ';
}

// Gumbo's tree can hold what a browser would restructure when it parses our output: a <div>
// in a <p> once the <marquee> between them is unwrapped, an <li> directly in an <li> once a
// <form> is. Writing such an element would make the page's tree differ from the one we
// checked, so it is unwrapped as well.
bool wouldBeClosedImplicitly(GumboTag tag, const Writer::Context &context)
{
    // Table parts only stay where the parser puts them; when the table itself had to go, so
    // do its rows and cells, or the browser would drop their tags and keep only the text.
    // clang-format off
    switch (tag) {
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
        return context.parent != GUMBO_TAG_TABLE;
    case GUMBO_TAG_COL:
        return context.parent != GUMBO_TAG_COLGROUP;
    case GUMBO_TAG_TR:
        return context.parent != GUMBO_TAG_TBODY && context.parent != GUMBO_TAG_THEAD
            && context.parent != GUMBO_TAG_TFOOT;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return context.parent != GUMBO_TAG_TR;
    default:
        break;
    }
    // clang-format on
    const TagKind kind = kindOf(tag);
    if ((kind == TagKind::Normal && context.depth >= kMaxNesting)
        || (kind == TagKind::Formatting
            && (context.depth >= kMaxNesting || context.formatting >= kMaxOpenFormatting)))
        return true;
    return ((closesParagraph(tag) || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_TABLE) && context.inParagraph)
        || (tag == GUMBO_TAG_LI && context.inListItem)
        || ((tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) && context.inDefinition)
        || (tag == GUMBO_TAG_A && context.inLink) || (isHeading(tag) && context.inHeading);
}

Writer::Context contextInside(GumboTag tag, Writer::Context context)
{
    const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION;
    // Elements that stop the parser's search for an open <li>, <dd> or <dt>.
    const bool stopsItemSearch = (closesParagraph(tag) && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P) || cell
        || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD
        || tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_COLGROUP;
    context.inParagraph = tag == GUMBO_TAG_P || (context.inParagraph && !cell && tag != GUMBO_TAG_TABLE);
    context.inListItem = tag == GUMBO_TAG_LI || (context.inListItem && !stopsItemSearch);
    context.inDefinition =
        tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT || (context.inDefinition && !stopsItemSearch);
    context.inLink = tag == GUMBO_TAG_A || (context.inLink && !cell);
    context.inHeading = isHeading(tag);
    context.parent = tag;
    const TagKind kind = kindOf(tag);
    context.depth += tag == GUMBO_TAG_TABLE                        ? 4
        : (kind == TagKind::Normal || kind == TagKind::Formatting) ? 1
                                                                   : 0;
    context.formatting += kind == TagKind::Formatting ? 1 : 0;
    return context;
}

// Sina's pages mark bold text as <font cms-style="font-L strong-Bold">: the font element and its
// attribute go, the emphasis stays.
bool isSinaBold(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_FONT && element.tag != GUMBO_TAG_SPAN)
        return false;
    const GumboAttribute *style = attribute(element, "cms-style");
    return style && std::string_view(style->value).find("strong-Bold") != std::string_view::npos;
}

void Writer::enter(const GumboNode *node, const Context &context)
{
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return; // <svg> and <math> with everything inside them
    ElementRule rule = ruleFor(element.tag);
    if (rule.treatment == Treatment::Unwrap && isSinaBold(element))
        rule = {Treatment::Keep, GUMBO_TAG_STRONG};
    // Gumbo expands the obsolete <isindex> into a form with English text; browsers no longer do.
    if (rule.treatment == Treatment::Drop || (node->parse_flags & GUMBO_INSERTION_FROM_ISINDEX))
        return;
    if (m_options.removeBoilerplate && isBoilerplate(node))
        return;
    if (rule.emitAs == GUMBO_TAG_IMG) {
        writeImage(element, context);
        return;
    }
    std::string attributes;
    if (rule.treatment == Treatment::Keep)
        attributes = attributesOf(element, rule.emitAs);
    const bool linkWithoutHref = rule.emitAs == GUMBO_TAG_A && attributes.find(" href=") == std::string::npos;
    const bool bareSpan = rule.emitAs == GUMBO_TAG_SPAN && attributes.empty();
    if (rule.treatment == Treatment::Unwrap || linkWithoutHref || bareSpan
        || wouldBeClosedImplicitly(rule.emitAs, context)) {
        m_stack.push_back({&element.children, 0, GUMBO_TAG_UNKNOWN, context});
        return;
    }
    m_out += '<';
    m_out += gumbo_normalized_tagname(rule.emitAs);
    m_out += attributes;
    m_out += '>';
    if (isVoid(rule.emitAs))
        return;
    if (rule.emitAs == GUMBO_TAG_PRE) {
        ++m_preDepth;
        m_preContentStart = m_out.size();
    }
    m_stack.push_back({&element.children, 0, rule.emitAs, contextInside(rule.emitAs, context)});
}

std::string Writer::attributesOf(const GumboElement &element, GumboTag emitAs) const
{
    std::string out;
    bool hasHref = false;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const std::string_view name = attr->name;
        const std::string_view value = attr->value;
        const bool cell = emitAs == GUMBO_TAG_TD || emitAs == GUMBO_TAG_TH;
        std::string_view keyword;
        if (name == "title" || (name == "alt" && emitAs == GUMBO_TAG_IMG)
            || (name == "datetime"
                && (emitAs == GUMBO_TAG_TIME || emitAs == GUMBO_TAG_DEL || emitAs == GUMBO_TAG_INS))) {
            appendAttribute(out, name, value);
        } else if (name == "lang") {
            const bool valid = !value.empty() && value.size() <= 35
                && std::all_of(value.begin(), value.end(),
                               [](char c) { return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-'; });
            if (valid)
                appendAttribute(out, name, value);
        } else if (name == "dir" && !(keyword = oneOf(value, {"ltr", "rtl", "auto"})).empty()) {
            appendAttribute(out, name, keyword);
        } else if (name == "style") {
            const std::string style = sanitizeStyle(value);
            if (!style.empty())
                appendAttribute(out, name, style);
        } else if (name == "href" && emitAs == GUMBO_TAG_A && !hasHref) {
            if (const std::optional<QUrl> url = safeUrl(value, UrlUse::Link)) {
                appendAttribute(out, name, url->toString(QUrl::FullyEncoded).toStdString());
                hasHref = true;
            }
        } else if (((name == "colspan" || name == "rowspan") && cell && isInteger(value, 3))
                   || ((name == "width" || name == "height") && emitAs == GUMBO_TAG_IMG
                       && isInteger(value, 5))
                   || (name == "span" && (emitAs == GUMBO_TAG_COL || emitAs == GUMBO_TAG_COLGROUP)
                       && isInteger(value, 3))
                   || (name == "start" && emitAs == GUMBO_TAG_OL && isInteger(value, 9, true))
                   || (name == "value" && emitAs == GUMBO_TAG_LI && isInteger(value, 9, true))) {
            appendAttribute(out, name, value);
        } else if (name == "reversed" && emitAs == GUMBO_TAG_OL) {
            out += " reversed";
        } else if (name == "type" && emitAs == GUMBO_TAG_OL
                   && (value == "1" || value == "a" || value == "A" || value == "i" || value == "I")) {
            appendAttribute(out, name, value);
        } else if (name == "scope" && emitAs == GUMBO_TAG_TH
                   && !(keyword = oneOf(value, {"row", "col", "rowgroup", "colgroup"})).empty()) {
            appendAttribute(out, name, keyword);
        } else if (name == "align"
                   && (cell || emitAs == GUMBO_TAG_TR || emitAs == GUMBO_TAG_P || emitAs == GUMBO_TAG_DIV
                       || isHeading(emitAs))
                   && !(keyword = oneOf(value, {"left", "right", "center", "justify"})).empty()) {
            appendAttribute(out, name, keyword);
        } else if (name == "valign" && (cell || emitAs == GUMBO_TAG_TR)
                   && !(keyword = oneOf(value, {"top", "middle", "bottom", "baseline"})).empty()) {
            appendAttribute(out, name, keyword);
        }
    }
    if (hasHref)
        out += " rel=\"noopener noreferrer\""; // and never a target: links open outside the reader
    return out;
}

// <img> becomes an image or, when it has no usable source or the resolver has no copy, a
// placeholder carrying its alt text. The placeholder's class is the only one we emit.
void Writer::writeImage(const GumboElement &element, const Context &context)
{
    const GumboAttribute *src = attribute(element, "src");
    std::optional<QUrl> url = src ? safeUrl(src->value, UrlUse::Image) : std::nullopt;
    // Images next to the article exist only through the resolver, which knows the library.
    if (!url && src && m_options.resolveImage)
        url = relativeImagePath(src->value);
    if (url && m_options.resolveImage) {
        url = m_options.resolveImage(*url);
        if (url && !isSafeResolvedImage(*url))
            url.reset();
    }
    if (url) {
        m_out += "<img";
        appendAttribute(m_out, "src", url->toString(QUrl::FullyEncoded).toStdString());
        m_out += attributesOf(element, GUMBO_TAG_IMG);
        m_out += '>';
        return;
    }
    const GumboAttribute *altAttribute = attribute(element, "alt");
    const QByteArray alt =
        altAttribute ? QString::fromUtf8(altAttribute->value).trimmed().toUtf8() : QByteArray();
    if (alt.isEmpty()) {
        if (context.depth < kMaxNesting)
            m_out += R"(<span class="bs-image-placeholder" aria-hidden="true"></span>)";
        return;
    }
    const std::string_view altText(alt.constData(), size_t(alt.size()));
    if (context.depth >= kMaxNesting) {
        appendEscaped(m_out, altText, false); // no room for one more element
        return;
    }
    m_out += R"(<span class="bs-image-placeholder" role="img")";
    appendAttribute(m_out, "aria-label", altText);
    m_out += '>';
    appendEscaped(m_out, altText, false);
    m_out += "</span>";
}

// Up to Boilerplate::kMaxTextLength characters of an element's text, skipping what the
// allow-list drops; nothing when the text is longer.
std::optional<QString> shortText(const GumboNode *root)
{
    constexpr size_t kMaxBytes = Boilerplate::kMaxTextLength * 4;
    constexpr int kMaxNodes = 256;
    std::string text;
    std::vector<const GumboNode *> pending {root};
    for (int visited = 0; !pending.empty(); ++visited) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (visited > kMaxNodes || text.size() > kMaxBytes)
            return std::nullopt;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            text += textOf(node);
        } else if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML
                   && ruleFor(node->v.element.tag).treatment != Treatment::Drop) {
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i) // reversed: the stack pops in order
                pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    const QString simplified = QString::fromUtf8(text.data(), qsizetype(text.size())).simplified();
    if (simplified.size() > Boilerplate::kMaxTextLength)
        return std::nullopt;
    return simplified;
}

bool Writer::isBoilerplate(const GumboNode *node)
{
    const GumboElement &element = node->v.element;
    // The tag name as UTF-16 without allocating: known names are short ASCII.
    char16_t tagBuffer[16];
    const std::string_view tagName =
        element.tag == GUMBO_TAG_UNKNOWN ? "" : gumbo_normalized_tagname(element.tag);
    const size_t tagLength = std::min(tagName.size(), std::size(tagBuffer));
    std::copy_n(tagName.begin(), tagLength, tagBuffer);
    const GumboAttribute *classAttribute = attribute(element, "class");
    const QString classes = classAttribute ? QString::fromUtf8(classAttribute->value) : QString();

    const Boilerplate::Verdict verdict =
        Boilerplate::judge({QStringView(tagBuffer, qsizetype(tagLength)), classes, [node] {
                                return shortText(node);
                            }});
    if (verdict.action == Boilerplate::Action::RemoveEditor && m_editor.isEmpty())
        m_editor = verdict.editor;
    return verdict.action != Boilerplate::Action::Keep;
}

std::string Writer::takeOutput()
{
    // No leading or trailing ASCII whitespace; U+3000 indentation is content and stays.
    size_t begin = 0;
    size_t end = m_out.size();
    while (begin < end && isHtmlSpace(m_out[begin]))
        ++begin;
    while (end > begin && isHtmlSpace(m_out[end - 1]))
        --end;
    return m_out.substr(begin, end - begin);
}

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(QStringView html, const Options &options)
{
    // Qt writes lone surrogates as '?'. NULs are dropped: the tokenizer would turn them into
    // U+FFFD or ignore them anyway, and no byte of gumbo's input then needs special care.
    QByteArray utf8 = html.toUtf8();
    utf8.removeIf([](char c) { return c == '\0'; });
    utf8 = limitNesting(utf8);

    // Parsed as the content of a <body> (the HTML fragment algorithm, like innerHTML): a
    // leading <noscript>, <title> or <style> then stays in the article instead of moving to a
    // <head> and letting its text escape into the body.
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.fragment_context = GUMBO_TAG_BODY;
    gumboOptions.fragment_namespace = GUMBO_NAMESPACE_HTML;
    gumboOptions.max_errors = 0; // parse errors are not reported anywhere: do not collect them
    GumboOutput *output = gumbo_parse_with_options(&gumboOptions, utf8.constData(), size_t(utf8.size()));
    SanitizedHtml result;
    if (output && output->root && output->root->type == GUMBO_NODE_ELEMENT) {
        Writer writer(options);
        writer.writeChildren(output->root, utf8.size());
        const std::string out = writer.takeOutput();
        result.html = QString::fromUtf8(out.data(), qsizetype(out.size()));
        result.editor = writer.editor();
    }
    if (output)
        gumbo_destroy_output(&gumboOptions, output);
    return result;
}

} // namespace Broadsheet::Core
