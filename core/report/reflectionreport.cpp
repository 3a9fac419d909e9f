// The report of a single reflection.

#include "core/report/reflectionsection.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/titleblock.h"

namespace myfyrio::reports {

Expected<ReportContent> reflection(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    auto found = source.reflection(options.id);
    if (!found)
        return found.failure();
    const Reflection entry = *found;
    const std::optional<ReflectiveModel> model = source.model(entry.model);
    ReportContent content;
    auto evidence = source.evidence(entry.id, content.images);
    if (!evidence)
        return evidence.failure();

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "Reflection");
    title.owner = source.ownerName();
    title.privateCopy = !entry.bringToSupervision;

    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = entry.title;
    content.footer = title.footer(content.language) + QStringLiteral(" · ") + entry.title;
    content.html = [title, entry, model, evidence = *evidence,
                    language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        ReflectionSection(html, 2).write(entry, model, {}, evidence);
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
