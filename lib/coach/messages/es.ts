import type { CoachKey } from './en';

/** The coach's words in Spanish (see en.ts). */
export const es: Record<CoachKey, string> = {
  coach_list_comma: ', ',
  coach_list_and: ' y ',
  coach_quoted: '«{1}»',

  coach_bait: '«{1}» pide interacción en lugar de conversación.',
  coach_bait_tip: 'Quita la petición; termina con una pregunta de verdad que la gente quiera responder.',
  coach_catchy: '«{1}» suena a titular de clickbait.',
  coach_catchy_tip: 'Di lo importante sin rodeos en la primera línea; crear intriga suena a marketing.',
  coach_shouted: 'El titular está en mayúsculas.',
  coach_shouted_tip: 'Escríbelo en minúsculas normales; las mayúsculas suenan a gritos.',
  coach_sales_cta: '«{1}» es una llamada a comprar.',
  coach_sales_cta_tip: 'Mejor haz una pregunta o comparte lo que aprendiste; quien tenga interés preguntará.',
  coach_discount: '«{1}» es una oferta de descuento.',
  coach_discount_tip: 'Guarda las ofertas para quien las pida; aquí, habla del problema que resuelves.',
  coach_announce: '«{1}» anuncia algo tuyo.',
  coach_announce_tip: 'Cuenta la historia detrás o pide opinión sobre una parte concreta.',

  coach_link_hub: '{1} es una página de enlaces de la bio: lleva a la gente a tus ofertas.',
  coach_link_hub_tip: 'Comparte con palabras lo único de lo que quieres hablar, no una página de enlaces.',
  coach_hidden_link: '{1} oculta adónde lleva el enlace.',
  coach_hidden_link_tip: 'Pega el enlace completo para que se vea adónde lleva, o di con palabras qué es.',
  coach_funnel: 'Este enlace lleva a {1}: una página de registro, venta o reserva.',
  coach_funnel_tip:
    'Empieza con algo útil que se pueda leer aquí; ofrece la página en una respuesta si alguien la pide.',
  coach_funnel_host: 'una página de {1}',
  coach_funnel_storefront: 'una tienda ({1})',
  coach_funnel_shop: 'una tienda',
  coach_funnel_subdomain: 'una página {1}.',
  coach_funnel_path: 'una página /{1}',
  coach_funnel_subscribe: 'una invitación a suscribirse',
  coach_link_in_post: 'En X, las publicaciones con un enlace en el texto llegan a menos gente.',
  coach_link_in_post_tip: 'Pon el contexto en la publicación y el enlace en una respuesta.',
  coach_own_domain: 'Esto enlaza a tu propio sitio ({1}).',
  coach_own_domain_tip:
    'Cuenta lo que aprendiste o haz una pregunta en la publicación, y pon el enlace en una respuesta si te lo piden.',
  coach_affiliate: 'Este enlace lleva un código de referido o de afiliado ({1}).',
  coach_affiliate_tip: 'Si ganas dinero con este enlace, dilo claramente; si no, quita el código.',
  coach_tracking: 'Este enlace lleva parámetros de seguimiento ({1}).',
  coach_tracking_tip: 'Quita la parte de seguimiento del enlace; suena a campaña, no a conversación.',
  coach_hashtags: '{1} hashtags: X trata los montones de hashtags como señal de spam.',
  coach_hashtags_tip: 'Deja un hashtag como mucho, el que la gente sigue de verdad.',
  coach_mentions: '{1} personas etiquetadas en una publicación.',
  coach_mentions_tip:
    'Etiqueta solo a quienes trata la publicación y diles por qué en una respuesta o un mensaje.',

  coach_same_link: 'Publicaste este enlace {1}.',
  coach_same_link_tip:
    'Publicar el mismo enlace otra vez parece spam; mejor responde a quienes contestaron la última vez.',
  coach_when_today: 'hoy',
  coach_when_yesterday: 'ayer',
  coach_when_days: 'hace {1} días',
  coach_streak: '{1} publicaciones en el último día y ninguna respuesta ni conversación.',
  coach_streak_tip: 'Antes de volver a publicar, responde a dos personas cuyas publicaciones leíste hoy.',
  coach_ratio: '{1} de tus últimas {2} publicaciones fueron promocionales ({3} %; tu meta es {4} % o menos).',
  coach_ratio_tip: 'Que las próximas sean respuestas, preguntas o cosas de otras personas que compartes.',

  coach_pitch: 'Esto es {1} para {2}, con quien aún no has hablado ({3}).',
  coach_pitch_offer: 'una oferta («{1}»)',
  coach_pitch_plain: 'una propuesta comercial',
  coach_pitch_to_dm: 'la persona a la que escribes',
  coach_pitch_to_reply: 'la persona a la que respondes',
  coach_stage_stranger: 'desconocido',
  coach_stage_noticed: 'visto de pasada',
  coach_pitch_tip_direct: 'Sin prisa: primero responde a lo que dijo, y ofrece tu ayuda solo si te la pide.',
  coach_pitch_tip_post:
    'Sin prisa: primero responde a su publicación, y comparte tu enlace solo si te lo piden.',

  coach_learned_phrases: 'Suena a promoción: {1}.',
  coach_learned_phrases_cues: 'Suena a promoción: {1}; {2}.',
  coach_learned_cues: 'Suena a promoción: {1}.',
  coach_cue_own_product: 'habla de tu propio producto',
  coach_cue_cta_link: 'manda a la gente a un enlace',
  coach_cue_brand_link: 'enlaza al producto que nombra',
  coach_cue_own_domain: 'enlaza a tu propio sitio',
  coach_cue_shortener: 'oculta el enlace tras un acortador',
  coach_cue_signup: 'enlaza a una página de registro',
  coach_cue_checkout: 'enlaza a una página de precios o de pago',
  coach_cue_calendar: 'enlaza a un calendario de reservas',
  coach_cue_hub: 'enlaza a una página de enlaces de la bio',
  coach_cue_offer: 'ofrece un servicio, una llamada o una colaboración',
  coach_cue_offer_cold: 'ofrece un servicio a alguien con quien no has hablado',
  coach_cue_cold_dm: 'es un mensaje a alguien con quien no has hablado',
  coach_cue_cold_reply: 'es una respuesta a alguien con quien no has hablado',
  coach_cue_cold_you: 'habla de la otra persona sin que te conozca',
  coach_tip_cold:
    'Primero responde a su publicación: contesta a lo que dijo y ofrece ayuda solo si te la pide.',
  coach_tip_direct: 'Responde con tus palabras a lo que dijo; comparte el enlace solo si te lo pide.',
  coach_tip_bait:
    'Quita la petición de likes o respuestas; termina con una pregunta cuya respuesta quieras saber.',
  coach_tip_offer:
    'Haz una pregunta sobre el problema que resuelve y ofrece la página en una respuesta a quien conteste.',
  coach_tip_link:
    'Cuenta en la propia publicación lo que aprendiste y pregunta qué opinan; pon el enlace en una respuesta.',
  coach_tip_launch: 'En lugar de anunciarlo, haz una pregunta sobre el problema que resuelve.',
};
