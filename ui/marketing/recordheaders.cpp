// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordheaders.h"

#include "marketing/customerfigures.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "timeline/relationshipbadge.h"
#include "util/background.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace trato {

namespace {

// Captions in a muted colour made from the palette (works in light and dark themes).
void mute(QLabel *label)
{
    QPalette p = label->palette();
    const QColor text = p.color(QPalette::WindowText);
    const QColor back = p.color(QPalette::Window);
    p.setColor(QPalette::WindowText, QColor((text.red() * 3 + back.red() * 2) / 5, (text.green() * 3 + back.green() * 2) / 5,
                                            (text.blue() * 3 + back.blue() * 2) / 5));
    label->setPalette(p);
}

QLabel *badge(const QString &text, const QString &objectName)
{
    auto *l = new QLabel(text);
    l->setObjectName(objectName);
    l->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                    " border-radius: 6px; padding: 0px 6px; font-size: 85%; font-weight: bold;"));
    l->setAccessibleName(text);
    l->hide();
    return l;
}

QLabel *valueLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel *caption(const QString &text)
{
    auto *l = new QLabel(text);
    mute(l);
    return l;
}

QFrame *cardFrame(QWidget *owner, QLayout *content)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setLayout(content);
    auto *outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 4, 0, 4);
    outer->addWidget(frame);
    return frame;
}

// The display text of a field of a record, as the form would show it.
QString shown(const Entity &e, const Record &r, const QString &field)
{
    const Field *f = e.field(field);
    if (!f)
        return {};
    const QVariant v = r.value(field);
    if (f->type == FieldType::Relation)
        return r.value(field + QStringLiteral("__title")).toString();
    return v.isNull() ? QString() : Value::display(*f, v);
}

} // namespace

ContactCard::ContactCard(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_doNotCall(badge(tr("Do not call"), QStringLiteral("badgeDoNotCall")))
    , m_optOut(badge(tr("Email opt-out"), QStringLiteral("badgeOptOut")))
    , m_account(new QPushButton)
    , m_relationship(new RelationshipBadge)
{
    setObjectName(QStringLiteral("contactCard"));
    setAccessibleName(tr("Contact card"));
    for (const char *key : {"role", "phones", "email", "best_time", "city"})
        m_lines.insert(QString::fromLatin1(key), valueLabel(QStringLiteral("card_") + QString::fromLatin1(key)));
    m_account->setObjectName(QStringLiteral("cardAccount"));
    m_account->setFlat(true);
    m_account->setCursor(Qt::PointingHandCursor);
    m_account->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 0; }"));
    m_account->setToolTip(tr("Open the account"));

    auto *grid = new QGridLayout;
    grid->setContentsMargins(10, 6, 10, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    auto *role = new QHBoxLayout;
    role->setSpacing(4);
    role->addWidget(m_lines.value(QStringLiteral("role")));
    role->addWidget(m_account);
    role->addStretch(1);
    role->addWidget(m_relationship);
    auto *phones = new QHBoxLayout;
    phones->setSpacing(8);
    phones->addWidget(m_lines.value(QStringLiteral("phones")));
    phones->addWidget(m_doNotCall);
    phones->addStretch(1);
    auto *email = new QHBoxLayout;
    email->setSpacing(8);
    email->addWidget(m_lines.value(QStringLiteral("email")));
    email->addWidget(m_optOut);
    email->addStretch(1);
    grid->addLayout(role, 0, 0, 1, 4);
    grid->addWidget(caption(tr("Phones")), 1, 0);
    grid->addLayout(phones, 1, 1, 1, 3);
    grid->addWidget(caption(tr("Email")), 2, 0);
    grid->addLayout(email, 2, 1, 1, 3);
    grid->addWidget(caption(tr("Best time to call")), 3, 0);
    grid->addWidget(m_lines.value(QStringLiteral("best_time")), 3, 1);
    grid->addWidget(caption(tr("City")), 3, 2);
    grid->addWidget(m_lines.value(QStringLiteral("city")), 3, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    cardFrame(this, grid)->setObjectName(QStringLiteral("contactCardFrame"));

    connect(m_account, &QPushButton::clicked, this, [this] {
        if (!m_accountId.isEmpty())
            Q_EMIT openRequested(QStringLiteral("account"), m_accountId);
    });
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_id.isEmpty() && (entity == QLatin1String("contact") || entity == QLatin1String("account")))
            reload();
    }, Qt::QueuedConnection);
    setVisible(false);
}

QString ContactCard::line(const QString &key) const
{
    if (key == QLatin1String("account"))
        return m_account->isVisible() ? m_account->text() : QString();
    const QLabel *l = m_lines.value(key);
    return l ? l->text() : QString();
}

bool ContactCard::doNotCallShown() const
{
    return !m_doNotCall->isHidden();
}

bool ContactCard::optOutShown() const
{
    return !m_optOut->isHidden();
}

void ContactCard::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

void ContactCard::reload()
{
    const Entity *e = m_db.registry()->entity(QStringLiteral("contact"));
    auto r = m_id.isEmpty() || !e ? Result<Record>(Error::notFound(QString())) : RecordStore(m_db).get(QStringLiteral("contact"), m_id);
    setVisible(r.ok());
    if (!r)
        return;
    const Record &c = r.value();
    const QString dash = QStringLiteral("—");
    const QString title = shown(*e, c, QStringLiteral("title"));
    const QString department = shown(*e, c, QStringLiteral("department"));
    QString role = title;
    if (!department.isEmpty())
        role = role.isEmpty() ? department : tr("%1, %2").arg(role, department);
    m_accountId = c.value(QStringLiteral("account")).toString();
    const QString account = shown(*e, c, QStringLiteral("account"));
    m_account->setText(account);
    m_account->setVisible(!account.isEmpty());
    m_lines[QStringLiteral("role")]->setText(role.isEmpty() && account.isEmpty() ? tr("No job title or account") : (account.isEmpty() ? role : (role.isEmpty() ? QString() : tr("%1 at").arg(role))));
    QStringList phones;
    const QList<QPair<QString, QString>> phoneFields = {{QStringLiteral("phone"), tr("work")}, {QStringLiteral("mobile"), tr("mobile")},
                                                        {QStringLiteral("home_phone"), tr("home")}};
    for (const auto &[field, label] : phoneFields) {
        const QString p = shown(*e, c, field);
        if (!p.isEmpty())
            phones << tr("%1 (%2)").arg(p, label);
    }
    m_lines[QStringLiteral("phones")]->setText(phones.isEmpty() ? dash : phones.join(QStringLiteral(" · ")));
    QStringList emails;
    for (const char *field : {"email", "email2"}) {
        const QString m = shown(*e, c, QString::fromLatin1(field));
        if (!m.isEmpty())
            emails << m;
    }
    m_lines[QStringLiteral("email")]->setText(emails.isEmpty() ? dash : emails.join(QStringLiteral(" · ")));
    const QString best = shown(*e, c, QStringLiteral("best_time"));
    m_lines[QStringLiteral("best_time")]->setText(best.isEmpty() ? dash : best);
    const QString city = shown(*e, c, QStringLiteral("city"));
    const QString province = shown(*e, c, QStringLiteral("province"));
    m_lines[QStringLiteral("city")]->setText(city.isEmpty() ? (province.isEmpty() ? dash : province)
                                                            : (province.isEmpty() || province == city ? city : tr("%1 (%2)").arg(city, province)));
    m_doNotCall->setVisible(c.value(QStringLiteral("do_not_call")).toLongLong() != 0);
    m_optOut->setVisible(c.value(QStringLiteral("email_opt_out")).toLongLong() != 0);
    m_relationship->showFor(*e, c);
}

AccountSummaryHeader::AccountSummaryHeader(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_relationship(new RelationshipBadge)
{
    setObjectName(QStringLiteral("accountSummary"));
    setAccessibleName(tr("Account summary"));
    auto *grid = new QGridLayout;
    grid->setContentsMargins(10, 6, 10, 6);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    const QList<QPair<QString, QString>> items = {{QStringLiteral("type"), tr("Type")},         {QStringLiteral("industry"), tr("Industry")},
                                                  {QStringLiteral("phone"), tr("Phone")},       {QStringLiteral("city"), tr("City")},
                                                  {QStringLiteral("contacts"), tr("Contacts")}, {QStringLiteral("open_leads"), tr("Open leads")}};
    int column = 0;
    for (const auto &[key, label] : items) {
        QLabel *value = valueLabel(QStringLiteral("summary_") + key);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        value->setAccessibleName(label);
        m_lines.insert(key, value);
        grid->addWidget(caption(label), 0, column);
        grid->addWidget(value, 1, column);
        ++column;
    }
    grid->addWidget(m_relationship, 0, column, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->setColumnStretch(column, 1);
    cardFrame(this, grid)->setObjectName(QStringLiteral("accountSummaryFrame"));
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_id.isEmpty() && (entity == QLatin1String("contact") || entity == QLatin1String("account") || entity == QLatin1String("lead")))
            reload();
    }, Qt::QueuedConnection);
    setVisible(false);
}

QString AccountSummaryHeader::line(const QString &key) const
{
    const QLabel *l = m_lines.value(key);
    return l ? l->text() : QString();
}

void AccountSummaryHeader::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

void AccountSummaryHeader::reload()
{
    const Entity *e = m_db.registry()->entity(QStringLiteral("account"));
    auto r = m_id.isEmpty() || !e ? Result<Record>(Error::notFound(QString())) : RecordStore(m_db).get(QStringLiteral("account"), m_id);
    setVisible(r.ok());
    if (!r)
        return;
    const QString dash = QStringLiteral("—");
    for (const char *field : {"type", "industry", "phone", "city"}) {
        const QString text = shown(*e, r.value(), QString::fromLatin1(field));
        m_lines[QString::fromLatin1(field)]->setText(text.isEmpty() ? dash : text);
    }
    m_relationship->showFor(*e, r.value());
    m_lines[QStringLiteral("contacts")]->setText(QStringLiteral("…"));
    m_lines[QStringLiteral("open_leads")]->setText(QStringLiteral("…"));
    const quint64 generation = ++m_generation;
    const QString id = m_id;
    runInBackground(m_db, this, [id](Database &db) { return CustomerFigures::accountSummary(db, id); },
                    [this, generation](Result<CustomerFigures::AccountSummary> s) {
                        if (generation != m_generation)
                            return;
                        if (s) {
                            m_lines[QStringLiteral("contacts")]->setText(Value::formatInteger(s.value().contacts));
                            m_lines[QStringLiteral("open_leads")]->setText(Value::formatInteger(s.value().openLeads));
                        }
                        Q_EMIT countsUpdated();
                    });
}

} // namespace trato
