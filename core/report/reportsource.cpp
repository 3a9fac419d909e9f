#include "core/report/reportsource.h"

#include "core/attachments/attachmentstore.h"
#include "core/failure/failureplacementstore.h"
#include "core/journal/reflectionstore.h"
#include "core/models/modelcatalog.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/supervision/agreementstore.h"
#include "core/util/appsettings.h"

#include <QPainter>

#include <algorithm>

namespace myfyrio {

ReportSource::ReportSource(const Database& database, const ReportOptions& options)
    : m_database(database), m_options(options)
{}

Expected<void> ReportSource::complete(Reflection& reflection) const
{
    if (!reflection.failure) {
        auto placement = FailurePlacementStore(m_database.connection()).load(reflection.id);
        if (!placement)
            return placement.failure();
        reflection.failure = *placement;
    }
    return {};
}

Expected<QVector<Reflection>> ReportSource::reflections(const ReflectionFilter& filter, const QString& model) const
{
    auto all = ReflectionStore(m_database).listFull(filter);
    if (!all)
        return all.failure();
    QVector<Reflection> result;
    for (Reflection& reflection : *all) {
        if (!reflection.bringToSupervision && !m_options.includePrivate)
            continue;
        if (!model.isEmpty() && reflection.model != model)
            continue;
        if (auto completed = complete(reflection); !completed)
            return completed.failure();
        result.append(std::move(reflection));
    }
    std::reverse(result.begin(), result.end());
    return result;
}

Expected<QVector<Evidence>> ReportSource::evidence(const QString& reflectionId, QHash<QString, QImage>& images) const
{
    const AttachmentStore store(m_database);
    auto attachments = store.list(reflectionId);
    if (!attachments)
        return attachments.failure();
    QVector<Evidence> result;
    for (const Attachment& attachment : *attachments) {
        Evidence item{attachment, {}};
        if (attachment.isImage()) {
            auto bytes = store.data(attachment.id);
            if (!bytes)
                return bytes.failure();
            QImage image = QImage::fromData(*bytes);
            if (!image.isNull()) {
                // Enough for a page at print quality, without carrying every pixel of a phone photo.
                if (image.width() > 1600 || image.height() > 1600)
                    image = image.scaled(1600, 1600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                // On white: a PDF reader shows a transparent photo on whatever its page is.
                QImage flat(image.size(), QImage::Format_RGB32);
                flat.fill(Qt::white);
                QPainter(&flat).drawImage(0, 0, image);
                item.imageKey = attachment.id;
                images.insert(attachment.id, flat);
            }
        }
        result.append(item);
    }
    return result;
}

Expected<Reflection> ReportSource::reflection(const QString& id) const
{
    QString fullId = id;
    if (id.size() < 36 && !id.isEmpty()) {
        auto matches =
            sql::run(m_database.connection(),
                     QStringLiteral("SELECT id FROM reflection WHERE substr(id, 1, length(:prefix)) = :prefix"),
                     {{QStringLiteral("prefix"), id}});
        if (!matches)
            return matches.failure();
        QStringList found;
        while (matches->next())
            found << matches->value(0).toString();
        if (found.size() > 1)
            //: %1 is the start of an id, as the person typed it.
            return Failure{tr("More than one reflection has an id starting “%1”. Give more of it.").arg(id)};
        if (found.size() == 1)
            fullId = found.constFirst();
    }
    auto found = ReflectionStore(m_database).find(fullId);
    if (!found)
        return found.failure();
    if (!found->has_value())
        //: %1 is what the person typed.
        return Failure{tr("There is no reflection with the id “%1”.").arg(id)};
    Reflection reflection = std::move(**found);
    if (!reflection.bringToSupervision && !m_options.includePrivate)
        //: %1 is what the person typed.
        return Failure{tr("“%1” is private: it is not marked to bring to supervision. Mark it, or make a copy for "
                          "yourself that includes private reflections.")
                           .arg(reflection.title)};
    if (auto completed = complete(reflection); !completed)
        return completed.failure();
    return reflection;
}

std::optional<ReflectiveModel> ReportSource::model(const QString& code) const
{
    if (code.isEmpty())
        return std::nullopt;
    const auto cached = m_models.constFind(code);
    if (cached != m_models.constEnd())
        return *cached;
    std::optional<ReflectiveModel> model;
    auto found = ModelCatalog(m_database).find(code);
    if (found && found->has_value())
        model = **found;
    m_models.insert(code, model);
    return model;
}

QString ReportSource::ownerName() const
{
    if (!m_options.ownerName.trimmed().isEmpty())
        return m_options.ownerName.trimmed();
    const QString saved = appSettings()->value(ownerNameKey()).toString().trimmed();
    if (!saved.isEmpty())
        return saved;
    auto agreements = AgreementStore(m_database).list();
    if (agreements) {
        for (const Agreement& agreement : *agreements) {
            if (const AgreementVersion* version = agreement.current()) {
                const QString name = version->content.partyName(agreement.ownerRole).trimmed();
                if (!name.isEmpty())
                    return name;
            }
        }
    }
    return {};
}

} // namespace myfyrio
