// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "importer.h"
#include "vcardreader.h"
#include "../metadata/entity.h"

#include <memory>

namespace trato {

// What Importer reads: a CSV file or a vCard file, both as a header and rows of cells (a vCard's
// properties become fixed columns: VCardReader::keys()).
class ImportSource
{
public:
    virtual ~ImportSource() = default;
    virtual QStringList headers() const = 0;
    virtual bool next(QStringList *cells, qint64 *line) = 0;
    virtual Status status() const = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 size() const = 0;
    virtual QString fileName() const = 0;
    virtual QString encoding() const { return QStringLiteral("UTF-8"); }
    virtual QChar delimiter() const { return {}; }
    virtual QStringList warnings() const { return {}; }
    virtual ImportFormat format() const = 0;

    // Auto: vCard for .vcf/.vcard or a file that starts with BEGIN:VCARD, else CSV.
    static Result<std::unique_ptr<ImportSource>> open(const QString &path, ImportFormat format, const CsvReaderOptions &csv);
    // The field each vCard column goes to in this entity ("" = none).
    static QStringList vcardMapping(const Entity &entity);
};

} // namespace trato
