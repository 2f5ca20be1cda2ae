// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesdocs.h"

namespace trato::SalesDocs {

QStringList documentEntities()
{
    return {QStringLiteral("quote"), QStringLiteral("sales_order"), QStringLiteral("invoice"), QStringLiteral("credit_note")};
}

bool isDocument(const QString &entity)
{
    return documentEntities().contains(entity);
}

bool editable(const QString &entity, const QString &status)
{
    if (entity == QLatin1String("quote"))
        return status.isEmpty() || status == QLatin1String("draft") || status == QLatin1String("sent");
    if (entity == QLatin1String("sales_order"))
        return status.isEmpty() || status == QLatin1String("open");
    if (entity == QLatin1String("invoice") || entity == QLatin1String("credit_note"))
        return status.isEmpty() || status == QLatin1String("draft");
    return false;
}

QString lineField(const QString &entity)
{
    return isDocument(entity) ? entity : QString();
}

QString stockDocument(const QString &entity, const QString &id)
{
    return entity + QLatin1Char(':') + id;
}

} // namespace trato::SalesDocs
