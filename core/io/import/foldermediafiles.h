#pragma once

#include "core/io/import/importmedia.h"

#include <QCoreApplication>

namespace myfyrio {

/// The files of an export unpacked into a folder (Day One's photos/, pdfs/ …).
///
/// Each path is opened one part at a time from the folder down, with
/// O_NOFOLLOW on every part, so a link anywhere on the way — put there before
/// or while the import runs — is refused rather than followed out of the
/// export; "..", "." and empty parts are refused too. Only plain files are read.
class FolderMediaFiles : public ImportMediaFiles
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::FolderMediaFiles)

public:
    explicit FolderMediaFiles(QString root);

    Expected<ImportedMedia> find(const QString& path) const override;
    Expected<QByteArray> read(const ImportedMedia& media) const override;

private:
    QString m_root;
};

} // namespace myfyrio
