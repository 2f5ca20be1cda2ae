// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordviewextensions.h"

namespace trato::RecordViewExtensions {

namespace {
QList<Extension> &all()
{
    static QList<Extension> extensions;
    return extensions;
}
} // namespace

void add(const QString &entity, Place place, Factory factory)
{
    all().append({entity, place, std::move(factory)});
}

QList<Extension> forEntity(const QString &entity)
{
    QList<Extension> out;
    for (const auto &e : all())
        if (e.entity == entity)
            out << e;
    return out;
}

} // namespace trato::RecordViewExtensions
