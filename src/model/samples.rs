//! Sample maps that ship with the app, built from the seeds' own examples.
use super::defaults::new_map;
use super::map::*;
use super::{Direction, Lang, Metric, MetricKind};

/// Which sample to create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample {
    /// Turkish: an online shop, from ad to refund (seeds 000, 002, 003, 004).
    OnlineShopTr,
    /// English: a broadband subscription, from outage to renewal.
    BroadbandEn,
}

impl Sample {
    /// Every sample, in menu order.
    pub const ALL: [Sample; 2] = [Sample::OnlineShopTr, Sample::BroadbandEn];
    /// Stable key used in the UI.
    pub fn key(self) -> &'static str {
        match self {
            Sample::OnlineShopTr => "online-shop-tr",
            Sample::BroadbandEn => "broadband-en",
        }
    }
    /// The sample with this key.
    pub fn from_key(k: &str) -> Option<Sample> {
        Sample::ALL.into_iter().find(|s| s.key() == k)
    }
}

struct Tp<'a> {
    id: &'a str,
    stage: &'a str,
    channel: &'a str,
    name: &'a str,
    expectation: &'a str,
    experience: &'a str,
    emotion: i8,
    pains: &'a [(&'a str, u8, f64)],
    exit: Option<(ExitReason, f64)>,
}

fn touchpoint(persona: &str, t: Tp) -> Touchpoint {
    Touchpoint {
        id: t.id.into(),
        stage: t.stage.into(),
        channel: t.channel.into(),
        name: t.name.into(),
        expectation: t.expectation.into(),
        experience: t.experience.into(),
        emotions: [(persona.to_string(), t.emotion)].into_iter().collect(),
        pain_points: t
            .pains
            .iter()
            .enumerate()
            .map(|(i, (text, sev, per100))| PainPoint {
                id: format!("{}-pain-{}", t.id, i + 1),
                text: (*text).into(),
                severity: *sev,
                frequency: Some(Frequency::PerHundred { value: *per100 }),
                evidence: Evidence::Observed,
            })
            .collect(),
        exit_point: t.exit.map(|(reason, rate)| ExitPoint {
            reason,
            rate: Some(rate),
        }),
        evidence: Evidence::Observed,
        ..Touchpoint::default()
    }
}

/// Builds a sample map with the given id and timestamp.
pub fn sample(which: Sample, id: &str, now: &str) -> JourneyMap {
    let (mut map, note) = match which {
        Sample::OnlineShopTr => (
            online_shop_tr(id, now),
            "Canlı destek sorunu çözemiyor, müşteriyi telefonla aramaya yönlendiriyor",
        ),
        Sample::BroadbandEn => (
            broadband_en(id, now),
            "The chatbot cannot book an engineer and sends the customer to the phone",
        ),
    };
    // The one switch that hurts in both journeys: chat hands the customer over to the phone.
    if let Some(call) = map.touchpoints.iter_mut().find(|t| t.id == "tp-call") {
        call.forced_switch = Some(super::ForcedSwitch { note: note.into() });
    }
    map
}

fn online_shop_tr(id: &str, now: &str) -> JourneyMap {
    let mut m = new_map(
        id,
        "Örnek: Çevrimiçi mağazadan ilk alışveriş",
        Lang::Tr,
        now,
    );
    m.description =
        "Kaynaklardaki örneklerden: TV reklamı, Google araması, sosyal medya kampanyası, \
        sepeti terk, çağrı merkezi kayıtları, fatura hataları ve iade."
            .into();
    m.personas[0] = Persona {
        id: "persona-1".into(),
        name: "Ayşe, ilk kez alışveriş yapan".into(),
        description: "32 yaşında, mobilde alışveriş yapıyor.".into(),
        goals: "Doğru ürünü hızlıca ve güvenle almak.".into(),
        expectations: "Her kanalda hatırlanmak; bilgilerini tekrar vermemek.".into(),
        frustrations: "Sorununu baştan anlatmak zorunda kalmak.".into(),
        quote: "Bir kez anlattım, neden yine soruyorlar?".into(),
    };
    let p = "persona-1";
    let tps = [
        Tp {
            id: "tp-tv",
            stage: "problem",
            channel: "ads",
            name: "TV reklam spotunu görür",
            expectation: "İhtiyacına uygun bir çözüm",
            experience: "Kampanya ilgisini çekiyor",
            emotion: 1,
            pains: &[],
            exit: None,
        },
        Tp {
            id: "tp-search",
            stage: "discovery",
            channel: "web",
            name: "Google'da arar, yorumları okur",
            expectation: "Güvenilir yorumlar",
            experience: "Karışık yorumlar",
            emotion: 0,
            pains: &[("Olumsuz yorumlar güveni sarsıyor", 3, 30.0)],
            exit: None,
        },
        Tp {
            id: "tp-social",
            stage: "discovery",
            channel: "social",
            name: "Sosyal medya kampanyasını görür",
            expectation: "Kişiye özel teklif",
            experience: "Herkese aynı teklif",
            emotion: 0,
            pains: &[],
            exit: None,
        },
        Tp {
            id: "tp-cart",
            stage: "decision",
            channel: "web",
            name: "Sepete ekler, ödeme adımına geçer",
            expectation: "Kısa ve sorunsuz ödeme",
            experience: "Kargo ücreti son adımda çıkıyor",
            emotion: -2,
            pains: &[("Kargo ücreti sürprizi", 4, 45.0)],
            exit: Some((ExitReason::CartAbandoned, 0.35)),
        },
        Tp {
            id: "tp-chat",
            stage: "decision",
            channel: "chat",
            name: "Canlı destekte soru sorar",
            expectation: "Sorunun sohbette çözülmesi",
            experience: "Çağrı merkezini aramaya yönlendiriliyor",
            emotion: -1,
            pains: &[("Kanal değiştirmek zorunda kalıyor", 4, 20.0)],
            exit: None,
        },
        Tp {
            id: "tp-call",
            stage: "decision",
            channel: "call-centre",
            name: "Çağrı merkezini arar",
            expectation: "Hızlı yanıt",
            experience: "Uzun bekleme; bilgilerini tekrar veriyor",
            emotion: -2,
            pains: &[
                ("Uzun bekleme süresi", 4, 60.0),
                ("Bilgileri tekrar sorma", 3, 50.0),
            ],
            exit: None,
        },
        Tp {
            id: "tp-package",
            stage: "after-purchase",
            channel: "packaging",
            name: "Ürün paketini açar",
            expectation: "Özenli paket",
            experience: "Paket sağlam ve şık",
            emotion: 2,
            pains: &[],
            exit: None,
        },
        Tp {
            id: "tp-invoice",
            stage: "after-purchase",
            channel: "invoice",
            name: "Faturayı inceler",
            expectation: "Doğru fatura",
            experience: "Fatura hatası",
            emotion: -1,
            pains: &[("Fatura hataları", 3, 8.0)],
            exit: None,
        },
        Tp {
            id: "tp-refund",
            stage: "after-purchase",
            channel: "call-centre",
            name: "İade ister",
            expectation: "Kolay iade",
            experience: "İade süreci uzun",
            emotion: -1,
            pains: &[],
            exit: Some((ExitReason::Refund, 0.05)),
        },
    ];
    m.touchpoints = tps.into_iter().map(|t| touchpoint(p, t)).collect();
    if let Some(call) = m.touchpoints.iter_mut().find(|t| t.id == "tp-call") {
        call.owner = "Müşteri Hizmetleri".into();
        call.systems = vec!["CRM".into(), "Destek masası".into()];
        call.opportunities = vec!["Sohbet geçmişini temsilciye aktarmak".into()];
        call.metrics = vec![Metric {
            id: "metric-wait".into(),
            kind: MetricKind::WaitTime,
            value: Some(7.5),
            unit: "dakika".into(),
            direction: Direction::Lower,
            method: "ortalama".into(),
            n: Some(1200),
            source: "Çağrı merkezi kayıtları".into(),
            target: Some(2.0),
            ..Metric::default()
        }];
    }
    m.actions = vec![Action {
        id: "action-1".into(),
        title: "Kargo ücretini ürün sayfasında göster".into(),
        owner: "E-ticaret".into(),
        touchpoints: vec!["tp-cart".into()],
        pain_points: vec!["tp-cart-pain-1".into()],
        impact: 5,
        effort: 2,
        status: ActionStatus::Planned,
        ..Action::default()
    }];
    m
}

fn broadband_en(id: &str, now: &str) -> JourneyMap {
    let mut m = new_map(
        id,
        "Sample: Home broadband, from outage to renewal",
        Lang::En,
        now,
    );
    m.description = "An existing customer whose internet stops working.".into();
    m.personas[0].name = "Sam, works from home".into();
    let p = "persona-1";
    let tps = [
        Tp {
            id: "tp-outage",
            stage: "problem",
            channel: "app",
            name: "Internet stops; checks the app",
            expectation: "Status of the outage",
            experience: "App says all is fine",
            emotion: -1,
            pains: &[("No outage information", 4, 40.0)],
            exit: None,
        },
        Tp {
            id: "tp-bot",
            stage: "discovery",
            channel: "chat",
            name: "Asks the chatbot",
            expectation: "A fix or an engineer visit",
            experience: "Bot loops and suggests calling",
            emotion: -2,
            pains: &[("Chatbot cannot book an engineer", 4, 35.0)],
            exit: None,
        },
        Tp {
            id: "tp-call",
            stage: "decision",
            channel: "call-centre",
            name: "Calls support",
            expectation: "Someone who knows the case",
            experience: "Repeats everything; 25 minutes on hold",
            emotion: -2,
            pains: &[("Long wait", 5, 55.0)],
            exit: Some((ExitReason::Other("Cancels the contract".into()), 0.08)),
        },
        Tp {
            id: "tp-visit",
            stage: "after-purchase",
            channel: "store",
            name: "Engineer visit",
            expectation: "On time, fixed",
            experience: "Fixed on the first visit",
            emotion: 2,
            pains: &[],
            exit: None,
        },
        Tp {
            id: "tp-renewal",
            stage: "after-purchase",
            channel: "email",
            name: "Renewal e-mail with upgrade offer",
            expectation: "Fair price",
            experience: "Offer is more expensive than new-customer deals",
            emotion: -1,
            pains: &[],
            exit: Some((ExitReason::UpgradeRefused, 0.2)),
        },
    ];
    m.touchpoints = tps.into_iter().map(|t| touchpoint(p, t)).collect();
    m
}
