<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticlePage</name>
    <message>
        <source>date taken from the file</source>
        <translation>日期取自文件</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>责任编辑：%1</translation>
    </message>
    <message>
        <source>Head image not downloaded (%1)</source>
        <translation>题图尚未下载（%1）</translation>
    </message>
    <message>
        <source>Original article</source>
        <translation>原文链接</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::ArticleListModel</name>
    <message>
        <source>No usable date in the article; this is the file&apos;s modification time.</source>
        <translation>文章中没有可用的日期；这里显示的是文件的修改时间。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::ArticleMentionModel</name>
    <message>
        <source>Banks</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Listed companies</source>
        <translation>上市公司</translation>
    </message>
    <message>
        <source>Open the quote page: %1</source>
        <translation>打开行情页面：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::ArticleReader</name>
    <message>
        <source>Its title was taken from its first heading.</source>
        <translation>标题取自文中的第一个标题。</translation>
    </message>
    <message>
        <source>Its file name is used as its title.</source>
        <translation>以文件名作为标题。</translation>
    </message>
    <message>
        <source>The file&apos;s modification time is used as its date.</source>
        <translation>以文件的修改时间作为日期。</translation>
    </message>
    <message>
        <source>The front matter has no date.</source>
        <translation>文件头信息中没有日期。</translation>
    </message>
    <message>
        <source>The date “%1” is not understood.</source>
        <translation>无法识别日期“%1”。</translation>
    </message>
    <message>
        <source>The date %1 is not plausible for a news article.</source>
        <translation>日期 %1 对新闻文章来说不合理。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Articles are a few KB, so this is probably not an article; it was skipped.</source>
        <translation>文件大于 %1 MB。文章通常只有几 KB，因此这很可能不是文章，已跳过。</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a folder, a device or a pipe), so it was not read.</source>
        <translation>这不是普通文件（而是文件夹、设备或管道），因此未读取。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file has no front matter (lines between “---” at the top giving its title, date and categories).</source>
        <translation>文件没有头信息（即文件开头两行“---”之间给出标题、日期和分类的部分）。</translation>
    </message>
    <message>
        <source>The front matter has no title.</source>
        <translation>文件头信息中没有标题。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::CategoryTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::CountTreeModel</name>
    <message>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::DateTreeModel</name>
    <message>
        <source>%1 %2</source>
        <comment>day of month, weekday</comment>
        <translation>%1日 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::FolderWatcher</name>
    <message>
        <source>Changes in “%1” cannot be followed: the system limit of watched folders is reached. Raise it in /proc/sys/fs/inotify/max_user_watches and open the library again.</source>
        <translation>无法跟踪“%1”中的变化：已达到系统可监视文件夹数的上限。请在 /proc/sys/fs/inotify/max_user_watches 中调高该上限，然后重新打开文库。</translation>
    </message>
    <message>
        <source>Changes in “%1” cannot be followed: %2.</source>
        <translation>无法跟踪“%1”中的变化：%2。</translation>
    </message>
    <message>
        <source>Changes in “%1” cannot be followed.</source>
        <translation>无法跟踪“%1”中的变化。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::FrontMatterParser</name>
    <message>
        <source>The front matter that starts on line %1 is never closed by a “---” line.</source>
        <translation>从第 %1 行开始的头信息没有以“---”行结束。</translation>
    </message>
    <message>
        <source>The front matter is larger than %1 KB, so it was not read.</source>
        <translation>头信息大于 %1 KB，因此未读取。</translation>
    </message>
    <message>
        <source>The front matter is not a list of “key: value” lines.</source>
        <translation>头信息不是“键: 值”形式的行。</translation>
    </message>
    <message>
        <source>The front matter has more values than an article can have once its aliases (*name) and nested lists are expanded, so it was not read.</source>
        <translation>头信息在展开别名（*name）和嵌套列表后包含的值过多，超出一篇文章可能有的数量，因此未读取。</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML: %1.</source>
        <translation>头信息不是有效的 YAML：%1。</translation>
    </message>
    <message>
        <source>The front matter could not be read.</source>
        <translation>无法读取头信息。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::LibraryScanner</name>
    <message>
        <source>This folder does not exist or cannot be opened.</source>
        <translation>该文件夹不存在或无法打开。</translation>
    </message>
    <message>
        <source>The library index cannot be opened (%1); it is kept in memory until Broadsheet closes.</source>
        <translation>无法打开文库索引（%1）；在 Broadsheet 关闭之前，索引保存在内存中。</translation>
    </message>
    <message>
        <source>The library index could not be updated: %1</source>
        <translation>无法更新文库索引：%1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::MentionDictionary</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2</source>
        <translation>有 %1 个单元格，但表头有 %2 个</translation>
    </message>
    <message>
        <source>the kind must be “bank” or “company”, not “%1”</source>
        <translation>类型必须是“bank”或“company”，而不是“%1”</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>“%1” is not an A-share code (sh600000, sz000001 or bj830799)</source>
        <translation>“%1”不是 A 股代码（如 sh600000、sz000001 或 bj830799）</translation>
    </message>
    <message>
        <source>“%1” is not a Hong Kong code (five digits, such as 00939)</source>
        <translation>“%1”不是港股代码（五位数字，如 00939）</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>带引号的单元格没有结束引号</translation>
    </message>
    <message>
        <source>the header row must name the columns kind and name</source>
        <translation>表头行必须包含 kind 和 name 两列</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::MentionTreeModel</name>
    <message>
        <source>Banks</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Listed companies</source>
        <translation>上市公司</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name, stock codes</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 banks mentioned</source>
        <translation>提及 %1 家银行</translation>
    </message>
    <message>
        <source>%1 companies mentioned</source>
        <translation>提及 %1 家公司</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>提及</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::ProblemListModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::QuoteProvider</name>
    <message>
        <source>Sina Finance</source>
        <translation>新浪财经</translation>
    </message>
    <message>
        <source>Eastmoney</source>
        <translation>东方财富</translation>
    </message>
    <message>
        <source>Xueqiu</source>
        <translation>雪球</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Core::TextDecoder</name>
    <message>
        <source>This looks like a binary file, not text.</source>
        <translation>这看起来是二进制文件，而不是文本。</translation>
    </message>
    <message>
        <source>The file is marked as %1 but contains bytes that are not valid %1; they are shown as “�”.</source>
        <translation>文件标记为 %1，但包含不符合 %1 的字节；这些字节显示为“�”。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 and its encoding was not recognised; the bytes that could not be read are shown as “�”.</source>
        <translation>文件不是有效的 UTF-8，且无法识别其编码；无法读取的字节显示为“�”。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Net::ImageDownloader</name>
    <message>
        <source>not a web address</source>
        <translation>不是网址</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>不是图片（%1）</translation>
    </message>
    <message>
        <source>no type given</source>
        <translation>未给出类型</translation>
    </message>
    <message>
        <source>not a supported image (%1)</source>
        <translation>不是支持的图片格式（%1）</translation>
    </message>
    <message>
        <source>could not be saved in the image cache</source>
        <translation>无法保存到图片缓存</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>redirected from https to http</source>
        <translation>从 https 重定向到了 http</translation>
    </message>
    <message>
        <source>redirected to an address that is not http or https</source>
        <translation>重定向到了非 http/https 的地址</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>找不到服务器</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>回复为空</translation>
    </message>
    <message>
        <source>not an image (the data is not PNG, JPEG, GIF, WebP or BMP)</source>
        <translation>不是图片（数据不是 PNG、JPEG、GIF、WebP 或 BMP）</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::AboutDialog</name>
    <message>
        <source>application framework, reading view (Qt WebEngine)</source>
        <translation>应用程序框架、阅读视图（Qt WebEngine）</translation>
    </message>
    <message>
        <source>HTML5 parsing for the sanitizer</source>
        <translation>为净化器解析 HTML5</translation>
    </message>
    <message>
        <source>Markdown bodies</source>
        <translation>Markdown 正文</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>文件头信息</translation>
    </message>
    <message>
        <source>encoding detection</source>
        <translation>编码检测</translation>
    </message>
    <message>
        <source>library index</source>
        <translation>文库索引</translation>
    </message>
    <message>
        <source>source view (kate-syntax-highlighter)</source>
        <translation>源文件视图（kate-syntax-highlighter）</translation>
    </message>
    <message>
        <source>Chinese typefaces</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>A-share listings in the mention dictionary (2020)</source>
        <translation>提及词典中的 A 股上市公司（2020 年）</translation>
    </message>
    <message>
        <source>About Broadsheet</source>
        <translation>关于 Broadsheet</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Broadsheet %1&lt;/h2&gt;&lt;p&gt;An offline reader for archives of Chinese financial news.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Broadsheet authors.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Broadsheet %1&lt;/h2&gt;&lt;p&gt;中文财经新闻存档的离线阅读器。&lt;/p&gt;&lt;p&gt;版权所有 © 2026 Broadsheet 作者。&lt;br&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation>&lt;b&gt;构建所用组件&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ExportDialog</name>
    <message>
        <source>One PDF with a contents page</source>
        <translation>一个带目录页的 PDF</translation>
    </message>
    <message>
        <source>One PDF per article, into a folder</source>
        <translation>每篇文章一个 PDF，存入一个文件夹</translation>
    </message>
    <message>
        <source>An HTML folder (pages, stylesheet and the downloaded images)</source>
        <translation>一个 HTML 文件夹（页面、样式表和已下载的图片）</translation>
    </message>
    <message>
        <source>Export Articles</source>
        <translation>导出文章</translation>
    </message>
    <message>
        <source>Export %1 selected article(s), oldest first, as:</source>
        <translation>将选中的 %1 篇文章按时间先后导出为：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export One PDF per Article To</source>
        <translation>每篇文章一个 PDF，导出到</translation>
    </message>
    <message>
        <source>Export to an HTML Folder</source>
        <translation>导出为 HTML 文件夹</translation>
    </message>
    <message>
        <source>List the banks and companies each article mentions</source>
        <translation>列出每篇文章提及的银行和公司</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::MainWindow</name>
    <message>
        <source>Broadsheet</source>
        <translation>Broadsheet</translation>
    </message>
    <message>
        <source>Select an article in the list to read it.</source>
        <translation>在列表中选择一篇文章即可阅读。</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>向文库添加文件夹</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>尚未打开文库</translation>
    </message>
    <message>
        <source>Open a folder of articles with File › Open Folder, or drop one on this window.</source>
        <translation>请通过“文件 › 打开文件夹”打开文章文件夹，或将文件夹拖放到此窗口。</translation>
    </message>
    <message>
        <source>No articles found</source>
        <translation>未找到文章</translation>
    </message>
    <message>
        <source>There are no .md, .markdown, .html or .htm files in %1.</source>
        <translation>%1 中没有 .md、.markdown、.html 或 .htm 文件。</translation>
    </message>
    <message>
        <source>%1 — Broadsheet</source>
        <translation>%1 — Broadsheet</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a folder of articles as the library</source>
        <translation>打开一个文章文件夹作为文库</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Add another folder of articles to the library</source>
        <translation>向文库再添加一个文章文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例文库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>重新载入文库(&amp;R)</translation>
    </message>
    <message>
        <source>Read the library&apos;s folders again</source>
        <translation>重新读取文库中的文件夹</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>停止读取(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Show &amp;All Articles</source>
        <translation>显示全部文章(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Broadsheet</source>
        <translation>关于 Broadsheet(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Import &amp;Problems</source>
        <translation>导入问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>源文件(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the article&apos;s file as it is on disk, front matter included</source>
        <translation>显示文章在磁盘上的原始文件，包括头信息</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>提及(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export Selected Articles…</source>
        <translation>导出选中的文章(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the selected articles to PDF or HTML</source>
        <translation>将选中的文章导出为 PDF 或 HTML</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有一个导出正在进行。</translation>
    </message>
    <message>
        <source>Select the articles to export in the list first (Ctrl+A selects every article the list shows).</source>
        <translation>请先在列表中选择要导出的文章（Ctrl+A 选择列表中显示的全部文章）。</translation>
    </message>
    <message>
        <source>Broadsheet %1</source>
        <translation>Broadsheet %1</translation>
    </message>
    <message>
        <source>Exporting %1 article(s)…</source>
        <translation>正在导出 %1 篇文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>导出已停止；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>The export is in %1.</source>
        <translation>导出结果位于 %1。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Page &amp;Down or Next Article</source>
        <translation>向下翻页或下一篇文章(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back to the List</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
    <message>
        <source>Stop reading the library, close the find bar, or go back to the list</source>
        <translation>停止读取文库、关闭查找栏或返回列表</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Download &amp;Images for Offline Reading…</source>
        <translation>下载图片以便离线阅读(&amp;I)…</translation>
    </message>
    <message>
        <source>Fetch the images of the selected articles, or of every article listed</source>
        <translation>下载选中文章（或列表中全部文章）的图片</translation>
    </message>
    <message>
        <source>Download Images</source>
        <translation>下载图片</translation>
    </message>
    <message>
        <source>Images are already being downloaded.</source>
        <translation>图片已在下载中。</translation>
    </message>
    <message>
        <source>Download the images of %1 article(s) for offline reading? Only images are fetched, from the addresses the articles give.</source>
        <translation>要下载 %1 篇文章的图片以便离线阅读吗？只会从文章给出的地址下载图片。</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>正在查找图片…</translation>
    </message>
    <message>
        <source>Downloading images: %1 of %2…</source>
        <translation>正在下载图片：第 %1 张，共 %2 张…</translation>
    </message>
    <message>
        <source>Downloaded: %1. Already available offline: %2. Failed: %3.</source>
        <translation>已下载：%1。已可离线使用：%2。失败：%3。</translation>
    </message>
    <message>
        <source>Stopped before the end. %1</source>
        <translation>已中途停止。%1</translation>
    </message>
    <message>
        <source>Show &amp;Thumbnails</source>
        <translation>显示缩略图(&amp;T)</translation>
    </message>
    <message>
        <source>Show the downloaded head image of each article in the list</source>
        <translation>在列表中显示每篇文章已下载的题图</translation>
    </message>
    <message>
        <source>Images for offline reading: %1 downloaded, %2 failed.</source>
        <translation>离线阅读图片：已下载 %1 张，失败 %2 张。</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Find articles by words in their titles and text</source>
        <translation>按标题和正文中的词语查找文章</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>标记为已读(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the selected articles as read, or as unread when they are</source>
        <translation>将选中的文章标记为已读；已读的则标记为未读</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>Star the selected articles, or take their star away</source>
        <translation>为选中的文章加星标，或取消其星标</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>全部标记为已读(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Mark every article in the list as read</source>
        <translation>将列表中的所有文章标记为已读</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <comment>View › Show</comment>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <comment>View › Show</comment>
        <translation>未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Starred</source>
        <comment>View › Show</comment>
        <translation>已加星标(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>全部标记为已读</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln unread articles in the list as read?</source>
        <translation>
            <numerusform>要将列表中的 %Ln 篇未读文章标记为已读吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>Un&amp;star</source>
        <translation>取消星标(&amp;S)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Search unavailable</source>
        <translation>无法搜索</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Still indexing: results may be incomplete</source>
        <translation>%1 · 仍在建立索引：结果可能不完整</translation>
    </message>
    <message>
        <source>%1 · Indexing was stopped: results may be incomplete</source>
        <translation>%1 · 索引已中止：结果可能不完整</translation>
    </message>
    <message>
        <source>Reload the library (File › Reload Library) to finish indexing it.</source>
        <translation>重新载入文库（文件 › 重新载入文库）即可完成索引。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::MentionsDock</name>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Click a name to mark it in the article; click its code or press Enter to open its quote page.</source>
        <translation>单击名称即可在文章中标出；单击代码或按 Enter 键打开其行情页面。</translation>
    </message>
    <message>
        <source>Mentions (%1)</source>
        <translation>提及（%1）</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::PdfExporter</name>
    <message>
        <source>There is no article to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
    <message>
        <source>No destination given.</source>
        <translation>没有指定导出位置。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The export could not be laid out.</source>
        <translation>无法对导出内容进行排版。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>China Standard Time (Asia/Shanghai, the default)</source>
        <translation>中国标准时间（Asia/Shanghai，默认）</translation>
    </message>
    <message>
        <source>Many archives write dates without a time zone, such as “2021-04-11 00:30:33”. Broadsheet reads them in this zone. Changing it reads the library again.</source>
        <translation>许多存档写的日期不带时区，例如“2021-04-11 00:30:33”。Broadsheet 按此时区读取这些日期。更改后会重新读取文库。</translation>
    </message>
    <message>
        <source>Dates without a time zone:</source>
        <translation>不带时区的日期：</translation>
    </message>
    <message>
        <source>Quote pages from:</source>
        <translation>行情页面来源：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>窄</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Article font:</source>
        <translation>文章字体：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Reading width:</source>
        <translation>阅读宽度：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>Clear Image Cache</source>
        <translation>清空图片缓存</translation>
    </message>
    <message>
        <source>Image cache limit:</source>
        <translation>图片缓存上限：</translation>
    </message>
    <message>
        <source>Download a library&apos;s images whenever it is opened</source>
        <translation>每次打开文库时下载其中的图片</translation>
    </message>
    <message>
        <source>Off by default: Broadsheet makes no network request unless you ask for one.</source>
        <translation>默认关闭：除非您要求，Broadsheet 不会发出任何网络请求。</translation>
    </message>
    <message>
        <source>Watch library folders for new and changed files</source>
        <translation>监视文库文件夹中新增和更改的文件</translation>
    </message>
    <message>
        <source>Articles added, changed or deleted while the library is open show up in the list and in search without reloading.</source>
        <translation>文库打开期间新增、更改或删除的文章会直接出现在列表和搜索结果中，无需重新载入。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ProblemsDock</name>
    <message>
        <source>Import Problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Import Problems (%1)</source>
        <translation>导入问题（%1）</translation>
    </message>
    <message>
        <source>Double-click a row to see the file at the line of the problem.</source>
        <translation>双击一行即可在出问题的行查看该文件。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ReaderView</name>
    <message>
        <source>This article cannot be shown</source>
        <translation>无法显示这篇文章</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ScanStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>正在查找文章…</translation>
    </message>
    <message>
        <source>Reading %1 of %2 files…</source>
        <translation>正在读取第 %1 个文件，共 %2 个…</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>文章：%1 篇</translation>
    </message>
    <message>
        <source>%1 · Import problems: %2</source>
        <translation>%1 · 导入问题：%2 个</translation>
    </message>
    <message>
        <source>Stopped before the end. %1</source>
        <translation>已中途停止。%1</translation>
    </message>
    <message>
        <source>Stop reading and indexing the library; the articles read so far stay listed (Esc)</source>
        <translation>停止读取文库并停止建立索引；已读取的文章仍保留在列表中（Esc）</translation>
    </message>
    <message>
        <source>Indexing for search… %1 of %2</source>
        <translation>正在为搜索建立索引…第 %1 篇，共 %2 篇</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SearchBox</name>
    <message>
        <source>Search titles and text</source>
        <translation>搜索标题和正文</translation>
    </message>
    <message>
        <source>Words and &quot;quoted phrases&quot; that must all be found (Ctrl+K, or / in the list)</source>
        <translation>必须全部出现的词语和 &quot;带引号的短语&quot;（Ctrl+K，或在列表中按 /）</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::SourceWindow</name>
    <message>
        <source>%1 — Source</source>
        <translation>%1 — 源文件</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::UnreadCountDelegate</name>
    <message>
        <source> (%1)</source>
        <comment>after a navigation node: its unread articles</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Unread: %1 · Articles: %2</source>
        <translation>未读：%1 · 文章：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read dates written without a time zone in ZONE (an IANA name such as Asia/Shanghai, the default).</source>
        <translation>将不带时区的日期按 ZONE 读取（IANA 时区名，例如默认的 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Folders of articles to open.</source>
        <translation>要打开的文章文件夹。</translation>
    </message>
    <message>
        <source>[FOLDER…]</source>
        <translation>[FOLDER…]</translation>
    </message>
    <message>
        <source>Run `broadsheet --help` for usage.</source>
        <translation>运行 `broadsheet --help` 查看用法。</translation>
    </message>
    <message>
        <source>Print every article found in the folders, newest first, with its metadata. Problems go to standard error.</source>
        <translation>列出文件夹中找到的每篇文章及其元数据，最新的在前。问题输出到标准错误。</translation>
    </message>
    <message>
        <source>Print a JSON array instead of tab-separated lines.</source>
        <translation>输出 JSON 数组，而不是以制表符分隔的行。</translation>
    </message>
    <message>
        <source>Read dates written without a time zone in ZONE.</source>
        <translation>将不带时区的日期按 ZONE 读取。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Folders of articles.</source>
        <translation>文章文件夹。</translation>
    </message>
    <message>
        <source>FOLDER…</source>
        <translation>FOLDER…</translation>
    </message>
    <message>
        <source>list: name at least one folder.</source>
        <translation>list：请至少指定一个文件夹。</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
    <message>
        <source>Print the HTML page the reading view shows for an article.</source>
        <translation>输出阅读视图为一篇文章显示的 HTML 页面。</translation>
    </message>
    <message>
        <source>Print the page as HTML (the only format so far).</source>
        <translation>以 HTML 输出页面（目前唯一的格式）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>An article file.</source>
        <translation>一个文章文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>show: name exactly one article file.</source>
        <translation>show：请指定恰好一个文章文件。</translation>
    </message>
    <message>
        <source>show: say which format to print: --html.</source>
        <translation>show：请指定输出格式：--html。</translation>
    </message>
    <message>
        <source>Only articles that mention this bank or company: a name, an alias or a stock code (工商银行, 工行, 601398, 00939.HK).</source>
        <translation>只列出提及该银行或公司的文章：名称、别名或股票代码（工商银行、工行、601398、00939.HK）。</translation>
    </message>
    <message>
        <source>CODE_OR_NAME</source>
        <translation>CODE_OR_NAME</translation>
    </message>
    <message>
        <source>No bank or company in the dictionary is called or coded “%1”.</source>
        <translation>词典中没有名称或代码为“%1”的银行或公司。</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>没有这个文件或文件夹。</translation>
    </message>
    <message>
        <source>Print the banks and listed companies each article mentions, with their stock codes and how often they occur. Offsets in --json count characters of the article&apos;s text as the reading view shows it.</source>
        <translation>列出每篇文章提及的银行和上市公司，以及它们的股票代码和出现次数。--json 中的偏移量按阅读视图所显示文章文本的字符计算。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON，而不是文本。</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Article files or folders of articles.</source>
        <translation>文章文件或文章文件夹。</translation>
    </message>
    <message>
        <source>FILE|FOLDER…</source>
        <translation>FILE|FOLDER…</translation>
    </message>
    <message>
        <source>mentions: name at least one file or folder.</source>
        <translation>mentions：请至少指定一个文件或文件夹。</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>This build of Broadsheet has no WebEngine, so it cannot export.</source>
        <translation>此版本的 Broadsheet 不含 WebEngine，因此无法导出。</translation>
    </message>
    <message>
        <source>Export the articles found in the folders to PDF or HTML, oldest first (a document reads in date order). The filters are those of the window; without one, every article is exported. Needs no display.</source>
        <translation>将文件夹中找到的文章导出为 PDF 或 HTML，按时间先后排列（文档按日期顺序阅读）。筛选条件与窗口中的相同；不加筛选时导出全部文章。无需显示器。</translation>
    </message>
    <message>
        <source>Write one PDF (a contents page, then each article on new pages).</source>
        <translation>写入一个 PDF（先是目录页，然后每篇文章另起一页）。</translation>
    </message>
    <message>
        <source>With --pdf: FILE is a folder that gets one PDF per article, named “YYYY-MM-DD title.pdf”.</source>
        <translation>与 --pdf 同用：FILE 是一个文件夹，每篇文章一个 PDF，文件名为“YYYY-MM-DD 标题.pdf”。</translation>
    </message>
    <message>
        <source>Write a self-contained HTML folder (index.html, one page per article, the cached images). The folder must not exist yet, or be empty.</source>
        <translation>写入一个自包含的 HTML 文件夹（index.html、每篇文章一个页面以及已缓存的图片）。该文件夹必须尚不存在或为空。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Only articles in this category or below it: a path joined by “ › ” or “/” (金融/新浪财经).</source>
        <translation>只导出该分类及其子分类中的文章：用“ › ”或“/”连接的路径（金融/新浪财经）。</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>Only articles of this day or later (yyyy-MM-dd, local time).</source>
        <translation>只导出该日及以后的文章（yyyy-MM-dd，本地时间）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only articles of this day or earlier (yyyy-MM-dd, local time).</source>
        <translation>只导出该日及以前的文章（yyyy-MM-dd，本地时间）。</translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation>A4（默认）或 Letter。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Print in landscape orientation.</source>
        <translation>横向打印。</translation>
    </message>
    <message>
        <source>export: name at least one folder.</source>
        <translation>export：请至少指定一个文件夹。</translation>
    </message>
    <message>
        <source>export: say where to with --pdf FILE or --html FOLDER.</source>
        <translation>export：请用 --pdf FILE 或 --html FOLDER 指定导出位置。</translation>
    </message>
    <message>
        <source>export: --per-article goes with --pdf FOLDER.</source>
        <translation>export：--per-article 需与 --pdf FOLDER 一起使用。</translation>
    </message>
    <message>
        <source>export: --page-size is A4 or Letter, not “%1”.</source>
        <translation>export：--page-size 只能是 A4 或 Letter，而不是“%1”。</translation>
    </message>
    <message>
        <source>export: no article matches; nothing written.</source>
        <translation>export：没有匹配的文章；未写入任何内容。</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>已将 %n 篇文章导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF: list under each article the banks and companies it mentions.</source>
        <translation>PDF：在每篇文章后列出其提及的银行和公司。</translation>
    </message>
    <message>
        <source>Download the images of the articles in the folders (head images and images in the bodies) into the offline image cache, then print a summary. Failures go to standard error.</source>
        <translation>将文件夹中文章的图片（题图和正文中的图片）下载到离线图片缓存，然后输出摘要。失败信息输出到标准错误。</translation>
    </message>
    <message>
        <source>Only articles in this category or below it (金融/新浪财经).</source>
        <translation>只处理该分类及其子分类中的文章（金融/新浪财经）。</translation>
    </message>
    <message>
        <source>fetch-images: name at least one folder.</source>
        <translation>fetch-images：请至少指定一个文件夹。</translation>
    </message>
    <message>
        <source>Downloaded: %1. Already available offline: %2. Failed: %3.</source>
        <translation>已下载：%1。已可离线使用：%2。失败：%3。</translation>
    </message>
    <message>
        <source>Only articles whose title or text contains these words, as the window&apos;s search box finds them (河南 银行, &quot;Bank of China&quot;).</source>
        <translation>只包括标题或正文含有这些词语的文章，查找方式与窗口的搜索框相同（河南 银行、&quot;Bank of China&quot;）。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Only articles not read yet in the window.</source>
        <translation>只包括尚未在窗口中读过的文章。</translation>
    </message>
    <message>
        <source>--%1 wants a date written yyyy-MM-dd, not “%2”.</source>
        <translation>--%1 需要 yyyy-MM-dd 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--search wants words to look for, not “%1”.</source>
        <translation>--search 需要要查找的词语，而不是“%1”。</translation>
    </message>
    <message>
        <source>Broadsheet: an offline reader for archives of Chinese financial news.

Without a command, opens the window on the given folders (or the last library).
Commands:
  list [--json] [filters] FOLDER…   print every article with its metadata
  search [--json] [filters] QUERY FOLDER…   the articles whose title or text has QUERY
  show --html FILE        print the page the reading view shows for FILE
  mentions [--json] FILE|FOLDER…   the banks and companies each article mentions
  export --pdf FILE | --html FOLDER [filters] FOLDER…   articles to PDF or HTML
  fetch-images [--category C] FOLDER…   download images for offline reading
Run `broadsheet COMMAND --help` for a command&apos;s options.

Exit status: 0 when all is well, 1 when some files had problems, 2 for usage errors.</source>
        <translation>Broadsheet：中文财经新闻存档的离线阅读器。

不带命令时，在窗口中打开给定的文件夹（或上次的文库）。
命令：
  list [--json] [筛选条件] FOLDER…   列出每篇文章及其元数据
  search [--json] [筛选条件] QUERY FOLDER…   标题或正文含有 QUERY 的文章
  show --html FILE        输出阅读视图为 FILE 显示的页面
  mentions [--json] FILE|FOLDER…   每篇文章提及的银行和公司
  export --pdf FILE | --html FOLDER [筛选条件] FOLDER…   将文章导出为 PDF 或 HTML
  fetch-images [--category C] FOLDER…   下载图片以便离线阅读
运行 `broadsheet COMMAND --help` 查看某个命令的选项。

退出状态：0 表示一切正常，1 表示部分文件有问题，2 表示用法错误。</translation>
    </message>
    <message>
        <source>The library index cannot be searched: %1</source>
        <translation>无法搜索文库索引：%1</translation>
    </message>
    <message>
        <source>Print the articles whose title or text contains every word of QUERY, newest first, as the window&apos;s search box finds them: Chinese words of any length as written, Latin words in any case (and words they begin), &quot;quoted phrases&quot; in order. The library is indexed first if it has to be. Problems go to standard error.</source>
        <translation>列出标题或正文含有 QUERY 中每个词语的文章，最新的在前，查找方式与窗口的搜索框相同：中文词语不论长短都按原样查找，拉丁字母单词不区分大小写（也查找以它开头的单词），&quot;带引号的短语&quot;按词序查找。必要时会先为文库建立索引。问题输出到标准错误。</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>要查找的词语。</translation>
    </message>
    <message>
        <source>search: say what to look for, then name at least one folder.</source>
        <translation>search：请先给出要查找的内容，再指定至少一个文件夹。</translation>
    </message>
    <message>
        <source>search: name at least one folder.</source>
        <translation>search：请指定至少一个文件夹。</translation>
    </message>
    <message>
        <source>search: “%1” has no word to look for.</source>
        <translation>search：“%1”中没有可查找的词语。</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>← Contents</source>
        <translation>← 目录</translation>
    </message>
    <message>
        <source>Mentioned in this article</source>
        <translation>本文提及</translation>
    </message>
</context>
<context>
    <name>HtmlExportFolder</name>
    <message>
        <source>%1 already exists; choose a new folder.</source>
        <translation>%1 已存在；请选择一个新的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the export to %1.</source>
        <translation>无法将导出内容移到 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy the image %1.</source>
        <translation>无法复制图片 %1。</translation>
    </message>
</context>
<context>
    <name>SourceHighlighter</name>
    <message>
        <source>the highlighter took too long</source>
        <translation>高亮程序耗时过长</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Syntax highlighting is not available: the kate-syntax-highlighter command (Debian package libkf5syntaxhighlighting-tools) is not installed.</source>
        <translation>语法高亮不可用：未安装 kate-syntax-highlighter 命令（Debian 软件包 libkf5syntaxhighlighting-tools）。</translation>
    </message>
    <message>
        <source>Syntax highlighting failed (%1); the file is shown as plain text.</source>
        <translation>语法高亮失败（%1）；文件以纯文本显示。</translation>
    </message>
    <message>
        <source>the highlighter changed the number of lines</source>
        <translation>高亮程序改变了行数</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
    <message>
        <source>This build of Broadsheet has no window; see `broadsheet --help` for its commands.</source>
        <translation>此版本的 Broadsheet 没有窗口；运行 `broadsheet --help` 查看可用命令。</translation>
    </message>
</context>
</TS>
