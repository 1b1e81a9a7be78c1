import type { Lexicon, Phrase } from './types';
import { linkLists, W0, W1, w } from './words';

/** Spanish word lists (issue 16): the same families as en.ts, written for how promotion reads in Spanish. */
/**
 * Phrases by taxonomy category (tests/coach-corpus/TAXONOMY.md), written from the category definitions so
 * every promotional category has words of its own in Spanish: profile links, referral codes, merch, reply
 * keywords, "RT si...", sponsorship tags, episodes, availability for work.
 */
const BY_CATEGORY: Record<'offers' | 'salesCta' | 'discount' | 'selfAnnouncement' | 'bait', Phrase[]> = {
  offers: [
    {
      re: `${w('precios', 'tarifas', 'presupuesto', 'presupuestos', 'info', 'muestras', 'rates')} (?:por|al|en|vía) (?:dm|md|privado|mensaje directo)`,
      weight: 30,
    },
    {
      re: `${w('te puedo', 'le puedo', 'os puedo', 'les puedo', 'podemos')} (?:promocionar|ayudar|hacer|diseñar|llevar|gestionar|escribir|mejorar)`,
      weight: 25,
    },
    {
      re: `${w('damos', 'doy', 'ofrecemos', 'impartimos')} (?:talleres|cursos|formaciones|clases|asesorías|mentorías)`,
      weight: 25,
    },
  ],
  salesCta: [
    {
      re: w(
        'link abajo',
        'enlace abajo',
        'link en el primer comentario',
        'enlace en el primer comentario',
        'link en los comentarios',
        'enlace en los comentarios',
        'link en respuestas',
        'más info en',
        'info en',
        'reserva tu plaza',
        'asegura tu plaza',
        'consigue el tuyo',
        'pide el tuyo',
        'pídelo',
        'pídanlo',
        'a la venta',
      ),
      weight: 35,
    },
    {
      re: w(
        'kickstarter',
        'verkami',
        'patreon',
        'ko-fi',
        'mecenazgo',
        'micromecenazgo',
        'vótanos',
        'votanos',
        'vota por nosotros',
        'vota por mí',
        'necesitamos tu voto',
        'apóyanos',
        'apoyanos',
      ),
      weight: 35,
    },
    {
      re: `${w('webinar', 'masterclass', 'taller online', 'directo', 'charla gratuita', 'clase gratuita', 'evento gratuito')}.{0,40}(?:inscrib|aprend|plaza|apunt|registr|→|link|enlace)`,
      weight: 30,
    },
    {
      re: `${w('en mi perfil', 'en el perfil', 'arriba en mi perfil', 'link del perfil', 'enlace del perfil', 'link en bio', 'enlace en bio', 'tuit fijado', 'tweet fijado', 'post fijado', 'fijado en mi perfil')}`,
      weight: 35,
    },
    {
      re: `${w('con mi', 'usando mi', 'usa mi', 'desde mi', 'con el')} (?:enlace|link|código|codigo|cupón)|${w('código de referido', 'enlace de referido', 'link de referido', 'mi enlace de', 'afiliado', 'afiliados', 'me llevo una comisión', 'gano una comisión')}`,
      weight: 35,
    },
    {
      re: `${w('abierto a', 'abierta a', 'disponible para', 'disponibles para')} (?:nuevos |nuevas )?(?:proyectos|trabajos|clientes|ofertas|encargos|colaboraciones|oportunidades)|${w('busco (?:trabajo|remoto|empleo|proyectos|clientes|curro)', 'encargos abiertos', 'comisiones abiertas', 'tomo (?:\\d+ )?(?:nuevos )?(?:clientes|proyectos|encargos)', 'portfolio', 'portafolio')}`,
      weight: 30,
    },
    {
      re: `${w('camisetas', 'remeras', 'tazas', 'sudaderas', 'buzos', 'pegatinas', 'stickers', 'gorras', 'tote bags?', 'merch')}.{0,60}${w('stock', 'tienda', 'venta', 'envíos', 'edición limitada', 'tallas', 'talles', 'pedidos', 'web')}|${w('volvieron a stock', 'de vuelta en stock', 'otra vez en stock', 'reposición')}`,
      weight: 35,
    },
    {
      re: `${w('guía', 'guia', 'plantilla', 'plantillas', 'checklist', 'ebook', 'e-book', 'masterclass', 'clase')} (?:gratis|gratuita|gratuito|gratuitas)|${w('si no estás suscrito', 'si no estás suscrita', 'si aún no estás suscrito', 'suscríbete', 'suscribite', 'suscribirte')}`,
      weight: 35,
    },
    {
      re: w(
        'airdrop',
        'whitelist',
        'allowlist',
        'presale',
        'mint',
        'minteo',
        'staking',
        'conecten la wallet',
        'conecta tu wallet',
        'to the moon',
      ),
      weight: 35,
    },
    {
      re: w(
        'patrocinado por',
        'patrocinada por',
        'en colaboración con',
        '#ad',
        '#publi',
        '#publicidad',
        '#colaboración',
        'publicidad',
      ),
      weight: 40,
    },
    {
      re: w(
        'solo tenéis que',
        'solo tienen que',
        'solo tenés que',
        'sólo tenéis que',
        'sólo tienen que',
        'para participar',
        'ganador',
        'ganadora',
      ),
      weight: 30,
    },
    {
      re: `${w('entradas', 'inscripciones', 'plazas', 'cupos')}.{0,40}(?:\\d+ ?(?:€|euros|pesos)|\\$ ?\\d+|gratis|aquí|en la web|→)`,
      weight: 30,
    },
  ],
  discount: [
    {
      re: w('rebajas', 'precio especial', 'oferta de lanzamiento', 'a mitad de precio', 'en oferta', 'promo'),
      weight: 30,
    },
  ],
  selfAnnouncement: [
    {
      re: w(
        'nuevo episodio',
        'nuevo capítulo',
        'ya podés escuchar',
        'ya puedes escuchar',
        'ya podéis escuchar',
        'escúchalo',
        'escuchalo',
        'capítulo \\d+ del (?:pod|podcast)',
        'episodio \\d+',
        'en todas las plataformas',
      ),
      weight: 25,
    },
    {
      re: `${w('escribí', 'grabé', 'hice un', 'hice una')} (?:sobre|un (?:hilo|post|artículo|vídeo|video|tutorial)|una (?:guía|charla))|${w('en el blog', 'en mi blog', 'mi canal', 'vídeo nuevo', 'video nuevo', 'post nuevo')}`,
      weight: 25,
    },
    {
      re: `${w('mi primer', 'mi primera', 'nuestro primer', 'nuestra primera')} (?:libro|novela|disco|ep|álbum|single|app|juego|curso|extensión|colección)|${w('ya está en librerías', 'está live', 'ya está live', 'ya está en la app store')}`,
      weight: 25,
    },
  ],
  bait: [
    { re: w('rt si', 'rt sí', 'like si', 'dale like si', 'fav si', 'retuitea si'), weight: 50 },
    { re: `${w('si')} (?:este|el) (?:tuit|tweet|post|hilo) (?:llega|pasa|supera|consigue)`, weight: 50 },
    {
      re: w(
        'sígueme y te sigo',
        'te sigo de vuelta',
        'seguime de vuelta',
        'sigo a todos',
        'te sigo y me sigues',
        'me seguís',
      ),
      weight: 50,
    },
    {
      re: `${w('[Ee]scríbeme', '[Ee]scribime', '[Ee]scribe', '[Cc]omenta', '[Rr]esponde', '[Mm]ándame', '[Mm]andame', '[Pp]on')}(?: me)? [«"“]?[A-ZÁÉÍÓÚÑ]{3,}[»"”]?`,
      weight: 50,
      caseSensitive: true,
    },
  ],
};

/**
 * Wider phrasings of the same categories (issue 16's second pass): how Spanish on both sides of the Atlantic
 * says "my agenda is open", "paid partnership", "one vote helps", "the price goes up", "we're open, come by",
 * written as families of variants from the taxonomy, not as copies of any draft.
 */
const WIDER: Record<'offers' | 'salesCta' | 'discount' | 'selfAnnouncement' | 'bait', Phrase[]> = {
  offers: [
    {
      re: `${w('hago', 'hacemos', 'ofrecemos', 'ofrezco', 'damos', 'armo', 'diseño', 'diseñamos')} (?:servicios|páginas|webs|sitios|logos|tiendas online|campañas|fotos|vídeos|videos|traducciones|auditorías) (?:para|de|a)|${w('a buen precio', 'a precio fijo', 'precio fijo mensual', 'precio especial para', 'te paso el catálogo', 'te paso catálogo', 'te mando el catálogo', 'te mando catálogo')}`,
      weight: 30,
    },
    {
      re: `${w('tarifas', 'precios', 'presupuesto', 'cotización', 'muestras', 'info')} (?:por|en) (?:mensaje|mensajes|privado|whats|whatsapp|interno|correo)`,
      weight: 30,
    },
    {
      re: `¿?${w('te paso', 'os paso', 'les paso', 'te mando', 'os mando', 'les mando', 'te envío', 'os envío', 'te escribo', 'te cuento')} (?:tarifas|precios|presupuesto|muestras|una propuesta|propuesta|info|más info|por privado|por dm)`,
      weight: 30,
    },
    {
      re: `${w('os interesa', 'les interesa', 'te interesa', 'te animas', 'os animáis', 'se animan')} (?:que )?(?:hablemos|hablar|charlar|una llamada|una demo|probarlo|colaborar)`,
      weight: 30,
    },
    {
      re: `${w('llevo', 'gestiono', 'manejo', 'trabajo con', 'trabajamos con')} (?:las redes|la gestión de redes|redes|la comunicación|el marketing|agencias|marcas|negocios|restaurantes|clínicas|cafeterías|tiendas)`,
      weight: 25,
    },
    {
      re: `${w('puedo', 'podría', 'podemos')} (?:escribirte|escribirles|diseñarte|hacerte|localizar|traducir|llevarte|gestionarte|grabarte)`,
      weight: 25,
    },
  ],
  salesCta: [
    {
      re: `${w('últimas', 'últimos', 'quedan las últimas', 'quedan los últimos')} (?:\\d+ )?(?:plazas|lugares|cupos|entradas|boletas|boletos|unidades|tickets|mesas|huecos|citas)`,
      weight: 35,
    },
    {
      re: `${w('solo hasta', 'sólo hasta', 'hasta las \\d', 'hasta el domingo', 'hasta el lunes', 'hasta medianoche', 'cyber monday', 'hot sale', 'buen fin', 'prime day')}`,
      weight: 30,
    },
    {
      re: `${w('crowdfunding', 'goteo', 'verkami', 'cualquier aporte', 'cada aporte', 'la meta del', 'llegar a la meta', 'nos faltan \\d')}`,
      weight: 30,
    },
    {
      re: `${w('encargos', 'comisiones', 'commissions', 'pedidos')} (?:abiert[oa]s|para (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|navidad|el mes))|${w('tengo hueco', 'tengo huecos', 'tengo sitio', 'tengo lugar')} (?:para|en)`,
      weight: 30,
    },
    {
      re: `${w('con la palabra', 'comentario con', 'comenta la palabra')} [«"“]?[A-Za-zÀ-ÿ]{3,}`,
      weight: 35,
    },
    {
      re: `${w('abro', 'abrimos', 'tengo', 'quedan')} (?:la )?(?:agenda|fechas|huecos|turnos|citas|plazas|cupos)(?: libres| disponibles| abiertas?)?(?: para| en| de)`,
      weight: 35,
    },
    {
      re: `${w('aún me quedan', 'todavía tengo', 'me quedan')} (?:fechas|huecos|turnos|plazas|lugares)|${w('cotiza', 'cotizá', 'cotizaciones', 'presupuestos sin compromiso')}`,
      weight: 35,
    },
    {
      re: `${w('si alguien necesita', 'si necesitas', 'si necesitáis', 'si buscan', 'si buscas', 'si buscás')} (?:un|una) (?:[\\wÀ-ÿ]+ ){0,2}(?:con experiencia|freelance)|${w('estoy disponible', 'disponible para', 'busco clientes', 'busco nuevos clientes', 'open to work')}`,
      weight: 30,
    },
    {
      re: `${w('product hunt', 'producthunt', '(?:un|tu|vuestro|su) voto (?:nos|me)', 'votar (?:toma|lleva|cuesta|es gratis)', 'votadnos', 'voten por nosotros', 'estamos nominad[oa]s', 'somos finalistas', 'nos nominaron', 'lista de deseos', 'wishlist', 'cafecito', 'invitame un café', 'invítame un café', 'invitarme un café', 'invitarme un cafecito')}`,
      weight: 30,
    },
    {
      re: `${w('os esperamos', 'los esperamos', 'las esperamos', 'te esperamos')}(?: a partir| desde| el| este| en la| en el| en calle)`,
      weight: 25,
    },
    {
      re: `${w('en directo', 'un directo', 'en vivo', 'un vivo', 'live')} (?:en|por) (?:instagram|youtube|twitch|tiktok|el canal)|${w('activa la notificación', 'activad la notificación', 'activen la notificación', 'activa el recordatorio', 'activen el recordatorio')}`,
      weight: 30,
    },
    {
      re: `${w('entradas', 'entrada', 'boletos', 'cupos')} (?:a \\d|desde|ya a la venta|en taquilla|por dm|por md)`,
      weight: 20,
    },
    {
      re: `${w('dale play', 'denle play', 'dadle al play', 'escúchalo', 'escuchalo', 'escuchadlo', 'escúchenlo', 'ya está el episodio', 'ya está el capítulo', 'nuevo ep')}`,
      weight: 30,
    },
    {
      re: `${w('los primeros', 'las primeras', 'a los primeros')} \\d+`,
      weight: 25,
    },
    { re: w('edición limitada', 'unidades limitadas', 'tirada limitada', 'para llevar a casa'), weight: 25 },
  ],
  discount: [
    {
      re: `${w('sube', 'subirá', 'pasa', 'pasará')} (?:de|a) \\$?\\d+.{0,20}(?:el|a partir|desde|en)|${w('aprovecha el precio', 'aprovechá el precio', 'aprovechad el precio', 'precio actual', 'precio de lanzamiento', 'antes de que suba')}`,
      weight: 35,
    },
    { re: w('saldos', 'liquidación', 'oferta flash', 'descuentazo', 'ofertón'), weight: 30 },
  ],
  selfAnnouncement: [
    {
      re: `${w('colaboración pagada', 'colaboración remunerada', 'contenido patrocinado', 'patrocinado por', 'patrocinada por', 'en colaboración con', 'gracias a nuestro patrocinador', 'viene gracias a', 'embajador de', 'embajadora de')}|#(?:publi|colaboración|patrocinado|regalo|ad)${'(?![\\wÀ-ÿ])'}`,
      weight: 35,
    },
    {
      re: `${w('mi último', 'mi nuevo', 'nuestro último', 'mi última', 'nuestra última')} (?:artículo|post|vídeo|video|hilo|episodio|capítulo|charla|newsletter|texto|ensayo)|${w('os dejo', 'les dejo', 'te dejo')} (?:las diapos|las diapositivas|la grabación|el vídeo|el video|mi charla)`,
      weight: 30,
    },
    {
      re: `${w('abrimos', 'inauguramos', 'estrenamos')} (?:la |el |nuestra |nuestro )?(?:nueva |nuevo )?(?:tienda|local|panadería|cafetería|restaurante|bar|taller|estudio|sucursal|menú|carta)|${w('ya está en', 'ya la tienen en', 'ya lo tienen en', 'la tenés en', 'lo tenés en')} (?:la )?(?:play store|app store|google play|spotify|librerías|tiendas)`,
      weight: 30,
    },
    {
      re: `[\\d.,]+k? ?(?:estrellas|descargas|suscriptores|clientes|usuarios|seguidores|ventas|alumnos|lectores)(?: en)?|${w('npm i', 'npm install', 'pip install', 'brew install')}`,
      weight: 20,
    },
  ],
  bait: [
    {
      re: `${w('comenta', 'comenten', 'responde', 'respondan')} (?:un )?«?"?(?:sí|si|yo|[A-ZÁÉÍÓÚ]{2,})»?"? si|${w('comparte para que', 'compartan para que', 'difunde', 'difundan')}`,
      weight: 45,
    },
    { re: w('sígueme para más', 'seguime para más', 'síguenos para más', 'seguinos para más'), weight: 50 },
  ],
};

/**
 * Third pass (issue 16), the same grammar-shaped families as Portuguese's (pt.ts GRAMMAR): the link word and
 * the profile word in any order and distance ("enlace de mi bio", "está en la bio"), the thing "que lancé",
 * "abrimos la terraza", "nuestra herramienta resuelve", "hago webs para panaderías", "si alguien necesita un
 * ... aquí estoy".
 */
const LINK_WORD = `(?:links?|enlaces?|lnk|l1nk|🔗)`;
const PROFILE_WORD = `(?:bio|b1o|biografía|perfil|descripción|destacadas)`;
const GRAMMAR: Record<'offers' | 'salesCta' | 'selfAnnouncement', Phrase[]> = {
  offers: [
    {
      re: `${w('hago', 'hacemos', 'creo', 'creamos', 'desarrollo', 'desarrollamos', 'edito', 'editamos', 'produzco', 'producimos', 'diseño', 'diseñamos')} (?:[\\wÀ-ÿ-]+ ){1,3}(?:para|a) (?:[\\wÀ-ÿ]+ )?(?:empresas|negocios|marcas|tiendas|panaderías|restaurantes|clínicas|consultorios|despachos|creadores|influencers|startups|abogados|médicos|dentistas|peluquerías|barberías|gimnasios|escuelas|ti|vos|usted|ustedes|vosotros)`,
      weight: 30,
    },
    {
      re: `${w('resolvemos', 'resuelvo', 'resuelve')} (?:justo |justamente |exactamente |precisamente )?(?:eso|esto|ese problema|este problema)|${w('nuestra herramienta', 'mi herramienta', 'nuestro sistema', 'nuestra app', 'nuestra plataforma', 'nuestro software')} (?:resuelve|hace|automatiza|se encarga)|${w('mira si os sirve', 'mira si te sirve', 'fíjate si te sirve', 'te enseño', 'os enseño', 'te muestro', 'le muestro')}`,
      weight: 25,
    },
  ],
  salesCta: [
    {
      re: `${W0}${LINK_WORD}(?: [\\wÀ-ÿ]+){0,3}? (?:en|de|del) (?:la |el |mi |nuestra |nuestro )?${PROFILE_WORD}${W1}`,
      weight: 40,
    },
    {
      re: `${w('está', 'esta', 'están', 'lo tienes', 'lo tenéis', 'lo tienen', 'dejé', 'dejo', 'puse', 'pasaos', 'pásate', 'pasate', 'corre', 'corred')} (?:[\\wÀ-ÿ]+ ){0,2}?(?:en|por) (?:la |el |mi )?${PROFILE_WORD}${W1}`,
      weight: 35,
    },
    {
      re: `${w('si alguien necesita', 'si alguien busca', 'si necesitáis', 'si necesitan', 'si necesitas')} (?:un |una )?(?:[\\wÀ-ÿ]+ ){0,4}?(?:aquí estoy|estoy disponible|escríbeme|hablamos|mi portfolio|mi portafolio)|${w('abro agenda', 'abro mi agenda', 'agenda abierta', 'abrimos agenda')}`,
      weight: 30,
    },
  ],
  selfAnnouncement: [
    {
      re: `(?:curso|ebook|libro|app|mentoría|herramienta|extensión|plugin|juego|videojuego|producto|canal|podcast|plantilla|comunidad|tienda|marca|colección|agenda) que (?:yo |nosotros )?(?:lancé|creé|hice|escribí|grabé|armé|monté|desarrollé|lanzamos|creamos|hicimos|armamos|montamos|desarrollamos)|${w('por eso (?:creé|hice|lancé|armé|monté|creamos|lanzamos|montamos)')}`,
      weight: 30,
    },
    {
      re: `${w('abre', 'abren', 'abrimos', 'reabrimos', 'inauguramos', 'estrenamos')} (?:el [\\wÀ-ÿ]+ |mañana |hoy |este [\\wÀ-ÿ]+ )?(?:las puertas|nuestras puertas|la terraza|la tienda|la nueva tienda|el local|el nuevo local|la casa|oficialmente|la azotea)|${w('mi', 'nuestro', 'nuestra')} (?:nuevo |nueva |primer |primera )?(?:juego|videojuego|app|libro|película|documental|disco|álbum|ep|single|colección|marca|producto|curso|podcast|serie) (?:[\\wÀ-ÿ]+ ){0,4}?(?:sale|llega|se estrena|ya está|salió|llegó)|${w('sale nuestro', 'sale mi', 'llega nuestro', 'llega mi')}`,
      weight: 30,
    },
  ],
};

/**
 * Fourth pass (issue 16): the delivery of an offer rather than its name, as families over verb forms of Spain
 * and Latin America: "comenta X y te lo mando", "se lleva una ... gratis", "reservas por WhatsApp", "solo 8
 * cupos", "estoy tomando encargos", "fechas libres para", "seguidme que...", "compartid si...". Written from
 * the taxonomy's categories (lead-magnet, giveaway, event-tickets, hire-me, engagement-bait), not from drafts.
 */
const DELIVERY: Record<'salesCta' | 'bait', Phrase[]> = {
  salesCta: [
    {
      re: `${w('comenta', 'comentá', 'comenten', 'comentad', 'deja', 'déjame', 'dejá', 'dejame', 'dejen', 'dejad', 'responde', 'respondé', 'respondan', 'responded', 'escribe', 'escribí', 'escriban', 'pon', 'poné', 'pongan', 'manda', 'mandá', 'manden')}[^.?!\\n]{0,50}?${w('y te', 'y os', 'y les')} (?:lo |la |los |las )?(?:envío|mando|paso|llega|llegará|mandaré|enviaré|comparto|regalo)`,
      weight: 40,
    },
    {
      re: `${w('se lleva', 'se llevan', 'gana', 'ganan', 'ganará', 'ganarán', 'recibe', 'reciben')} (?:un|una|dos|tres|\\d+) [^.!?\\n]{0,40}?${w('gratis', 'de regalo', 'gratuit[oa]s?', 'firmad[oa]s?')}`,
      weight: 30,
    },
    {
      re: `${w('reservas', 'reserva', 'inscripciones', 'inscripción', 'inscribirse', 'anotarse', 'apuntarse', 'entradas', 'cupos', 'lugares', 'plazas', 'pedidos', 'turnos', 'citas')} (?:por|al|vía|en el|en la|a través del?) (?:whatsapp|whats|wsp|wpp|dm|md|privado|mensaje|formulario|teléfono|link|enlace|web|correo|mail)`,
      weight: 30,
    },
    {
      re: `${w('solo', 'sólo', 'apenas')} \\d+ (?:lugares|plazas|cupos|entradas|mesas|unidades|vacantes|huecos)|${w('material incluido', 'cupo limitado', 'cupos limitados', 'aforo limitado', 'plazas limitadas')}`,
      weight: 30,
    },
    {
      re: `${w('estoy tomando', 'estamos tomando', 'acepto', 'aceptamos', 'tomo', 'tomamos', 'abro', 'abrimos')} (?:nuevos |nuevas )?(?:trabajos|clientes|encargos|proyectos|pedidos|pacientes|alumnos|alumnas|comisiones)|${w('fechas', 'huecos', 'turnos', 'cupos', 'horarios')} (?:disponibles|libres) (?:para|en|desde)`,
      weight: 30,
    },
    { re: w('en la bio', 'en mi bio', 'en bio', 'en la biografía'), weight: 30 },
  ],
  bait: [
    {
      re: `${w('seguidme', 'síganme', 'sígannos', 'síguenos', 'seguinos', 'seguime', 'sígueme')}(?: (?:que|para|y|si))`,
      weight: 45,
    },
    {
      re: `${w('comparte', 'compartid', 'compartan', 'compartí', 'retuitea', 'retuiteen', 'retuiteá', 'dale rt', 'denle rt', 'dadle rt')} si|${w('que llegue a')} (?:todo el mundo|más gente|todos|mucha gente)|${w('hagamos viral', 'hazlo viral', 'háganlo viral', 'hacedlo viral')}`,
      weight: 40,
    },
  ],
};

export const es: Lexicon = {
  matchWithoutAccents: true,
  // Read folded like Portuguese (types.ts says why): "guia" and "guía", "video" and "vídeo" are one word.
  modelReadsFolded: true,
  cues: {
    firstPerson: [
      'yo',
      'mi',
      'mis',
      'me',
      'nosotros',
      'nosotras',
      'nuestro',
      'nuestra',
      'nuestros',
      'nuestras',
    ],
    // Spanish drops the pronoun: "lanzamos", "publiqué", "escribí" say who did it by their ending.
    firstPersonEndings: {
      endings: ['amos', 'emos', 'é', 'í'],
      minLength: 5,
      except: [
        'ramos',
        'extremos',
        'supremos',
        'comité',
        'canapé',
        'chalé',
        'aquí',
        'allí',
        'así',
        'jabalí',
        'colibrí',
        'bisturí',
        'esquí',
        'marroquí',
        'israelí',
        'iraquí',
        'frenesí',
      ],
    },
    possessive: ['mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
    secondPerson: [
      'tú',
      'tu',
      'tus',
      'te',
      'ti',
      'usted',
      'ustedes',
      'vos',
      'os',
      'vuestro',
      'vuestra',
      'tuyo',
    ],
    productNouns: [
      'app',
      'curso',
      'cursos',
      'ebook',
      'libro',
      'tienda',
      'producto',
      'herramienta',
      'plataforma',
      'newsletter',
      'podcast',
      'canal',
      'video',
      'vídeo',
      'episodio',
      'plantilla',
      'plantillas',
      'taller',
      'servicio',
      'servicios',
      'agencia',
      'marca',
      'colección',
      'web',
      'blog',
      'artículo',
      'plugin',
      'juego',
      'mentoría',
      'comunidad',
      'guía',
      'disco',
      'merch',
      'startup',
      'estudio',
    ],
    madeVerbs: [
      'escribí',
      'publiqué',
      'subí',
      'grabé',
      'hice',
      'creé',
      'diseñé',
      'lancé',
      'actualicé',
      'terminado',
      'publicado',
      'subido',
      'grabado',
    ],
    ctaVerbs: [
      'compra',
      'cómpralo',
      'prueba',
      'pruébalo',
      'pruébala',
      'descarga',
      'descárgala',
      'regístrate',
      'registrate',
      'apúntate',
      'suscríbete',
      'suscribite',
      'reserva',
      'reservá',
      'reservad',
      'mira',
      'mirá',
      'lee',
      'escucha',
      'únete',
      'sumate',
      'súmate',
      'visita',
      'entra',
      'consigue',
      'conseguí',
      'inscríbete',
      'búscala',
      'búscalo',
    ],
  },
  offers: [
    ...BY_CATEGORY.offers,
    ...WIDER.offers,
    ...GRAMMAR.offers,
    {
      re: `${w('te', 'le', 'les', 'os')} (?:ofrezco|ofrecemos|puedo ayudar|podemos ayudar|hago|hacemos|dejo mi|armo|diseño|gestiono|asesoro)`,
      weight: 25,
    },
    {
      re: `${w('llamada', 'videollamada', 'reunión', 'demo', 'asesoría', 'asesoria', 'consulta', 'sesión', 'auditoría')} (?:gratuita|gratis|rápida|corta|de prueba|de \\d+ ?min(?:utos)?)`,
      weight: 30,
    },
    {
      re: `${w('ayudo', 'ayudamos')} a (?:marcas|negocios|empresas|emprendedores|creadores|pymes|autónomos|monotributistas|clínicas|restaurantes|tiendas|equipos|startups)`,
      weight: 30,
    },
    {
      re: `${w('colaboración', 'colaboracion', 'colab', 'promoción pagada', 'patrocinio', 'publi', 'canje')}.{0,40}(?:dm|md|interesa|tarifas?|\\?)`,
      weight: 25,
    },
    { re: w('estamos contratando', 'estoy contratando', 'buscamos (?:gente|perfiles|personas)'), weight: 25 },
    {
      re: `${w('soy')} (?:un |una )?(?:diseñador|diseñadora|community manager|contador|contadora|consultor|consultora|desarrollador|desarrolladora|freelance|coach|fotógrafo|fotógrafa|editor|editora|abogado|abogada|asesor|asesora|programador|programadora|copywriter|nutricionista)`,
      weight: 25,
    },
    { re: `${w('mi', 'nuestra')} (?:agencia|empresa|consultora|estudio)`, weight: 20 },
    {
      re: `${w('escríbeme', 'escribime', 'escríbanme', 'mándame', 'mandame', 'háblame', 'hablame', 'escribinos', 'escríbenos')}(?: (?:por|al|un) (?:dm|md|privado|whatsapp|mensaje))?`,
      weight: 20,
    },
    { re: w('te interesa', 'le interesa', 'les interesa', 'te interesaría', 'te gustaría que'), weight: 20 },
  ],
  salesCta: [
    ...BY_CATEGORY.salesCta,
    ...WIDER.salesCta,
    ...GRAMMAR.salesCta,
    ...DELIVERY.salesCta,
    {
      re: `${w('link|enlace|enlaces|links')} (?:en|de) (?:mi |la |el )?(?:bio|perfil|descripción)`,
      weight: 40,
    },
    {
      re: w(
        'cómpralo',
        'compralo',
        'cómprala',
        'reservá',
        'reservad',
        'regístrate',
        'registrate',
        'inscríbete',
        'inscribite',
        'apúntate',
        'apuntate',
        'suscríbete',
        'suscribite',
        'descárgala',
        'descárgalo',
        'descargala',
        'pruébalo',
        'pruébala',
        'consíguelo',
        'súmate',
        'sumate',
        'búscala',
        'búscalo',
        'pedí el tuyo',
        'reserva tu',
        'compra ya',
        'compra aquí',
      ),
      weight: 30,
    },
    {
      re: `${w('plazas', 'cupos', 'lugares', 'huecos', 'unidades')} (?:limitad[oa]s|disponibles|libres)|${w('quedan')} (?:solo |sólo )?(?:\\d+|pocas|pocos|horas)`,
      weight: 35,
    },
    { re: w('lista de espera', 'preventa', 'pre-venta', 'acceso anticipado', 'beta privada'), weight: 30 },
    {
      re: `${w('ya disponible', 'disponible en', 'disponible ya', 'a la venta', 'inscripciones abiertas', 'reservas abiertas', 'agenda abierta', 'se abren')}`,
      weight: 25,
    },
    {
      re: w(
        'últimos días',
        'última oportunidad',
        'no te lo pierdas',
        'no se lo pierdan',
        'por tiempo limitado',
        'solo hoy',
        'sólo hoy',
        'hasta agotar',
      ),
      weight: 35,
    },
    { re: w('sorteo', 'sorteamos', 'giveaway', 'regalo mi', 'regalamos'), weight: 25 },
    {
      re: `${w('mi', 'nuestro', 'nuestra')} (?:nuevo |nueva )?(?:curso|ebook|libro|tienda|app|canal|podcast|newsletter|plantilla|taller|mentoría|producto|comunidad|agencia|servicio)`,
      weight: 20,
    },
    {
      re: `${w('te dejo', 'les dejo', 'os dejo')} (?:el |la |mi )?(?:link|enlace|demo|web|portfolio|guía|curso)`,
      weight: 30,
    },
    { re: `${W0}(?:precio|precios|tarifa)s?:? ?(?:\\$|€|\\d)`, weight: 20 },
  ],
  discount: [
    ...BY_CATEGORY.discount,
    ...WIDER.discount,
    { re: `\\d{1,3} ?% (?:de )?(?:descuento|dto|off)${'(?![\\wÀ-ÿ])'}`, weight: 40 },
    {
      re: `${w('código', 'codigo', 'cupón', 'cupon')}(?: de descuento)?:? ?[A-Z0-9]{3,}`,
      weight: 40,
      caseSensitive: true,
    },
    {
      re: w(
        'descuento',
        'descuentos',
        '2x1',
        'mitad de precio',
        'envío gratis',
        'envíos gratis',
        'black friday',
      ),
      weight: 30,
    },
  ],
  selfAnnouncement: [
    ...BY_CATEGORY.selfAnnouncement,
    ...WIDER.selfAnnouncement,
    ...GRAMMAR.selfAnnouncement,
    {
      re: w(
        'lancé',
        'lanzamos',
        'lanzo',
        'publiqué',
        'publicamos',
        'saqué',
        'sacamos',
        'estrenamos',
        'estrené',
        'acabo de lanzar',
        'acabo de publicar',
        'acabamos de lanzar',
        'subí',
      ),
      weight: 25,
    },
    {
      re: `${w('nuevo', 'nueva')} (?:video|vídeo|episodio|artículo|post|colección|curso|app|versión|plan|capítulo|drop|single|disco|newsletter)`,
      weight: 25,
    },
    {
      re: w(
        'hoy sale',
        'sale hoy',
        'ya salió',
        'ya está aquí',
        'ya está disponible',
        'ya están disponibles',
        'por fin sale',
      ),
      weight: 25,
    },
    { re: `${w('llegamos a', 'superamos', 'ya somos')} (?:los )?[\\d.,]+k?`, weight: 20 },
  ],
  bait: [
    ...BY_CATEGORY.bait,
    ...WIDER.bait,
    ...DELIVERY.bait,
    { re: w('dale like', 'dale rt', 'dale me gusta', 'da like', 'dale follow'), weight: 50 },
    {
      re: `${w('rt|like|follow|sígueme|seguime')}\\s*(?:\\+|y|&)\\s*(?:rt|follow|like|comenta|responde)`,
      weight: 60,
    },
    {
      re: w(
        'sígueme',
        'sigueme',
        'seguime',
        'me devolvés el follow',
        'me devuelves el follow',
        'f4f',
        'follow back',
        'rt mutuo',
        'te sigo y me sigues',
      ),
      weight: 50,
    },
    {
      re: w(
        'etiqueta a',
        'menciona a',
        'comenta (?:con )?"?[^"\\s]{1,12}"? y te',
        'responde con .{1,12} y te',
      ),
      weight: 50,
    },
  ],
  catchy: [
    {
      re: `^\\W{0,4}(?:los |las )?\\d{1,3} (?:cosas|formas|herramientas|hábitos|errores|consejos|trucos|secretos|pasos|libros|apps|ideas|razones|lecciones)`,
      weight: 25,
    },
    {
      re: w(
        'el secreto (?:de|para)',
        'nadie (?:te )?(?:habla|cuenta|dice)',
        'no vas a creer',
        'guarda este hilo',
      ),
      weight: 25,
    },
    { re: `${w('cómo')} (?:conseguí|gané|hice|logré|pasé|facturo|facturé)`, weight: 25 },
    { re: '🧵|(?<![\\wÀ-ÿ])hilo(?![\\wÀ-ÿ])', weight: 10 },
  ],
  thanks: [
    {
      re: w(
        'gracias',
        'mil gracias',
        'felicidades',
        'enhorabuena',
        'felicitaciones',
        'mucho ánimo',
        'mucha suerte',
        'feliz cumple',
        'feliz cumpleaños',
      ),
      weight: -20,
    },
  ],
  invite: [
    {
      re: w(
        'qué opinan',
        'qué opinás',
        'qué opinas',
        'qué harían',
        'qué harías',
        'alguien sabe',
        'alguien tiene',
        'alguien conoce',
        'alguien probó',
        'me recomiendan',
        'recomendaciones',
        'ideas\\?',
        'consejos\\?',
      ),
      weight: -20,
    },
  ],
  attribution: [
    {
      re: `${w('gran', 'buen', 'excelente', 'buenísimo')} (?:hilo|artículo|post|video|vídeo|charla|texto) (?:de|por)`,
      weight: -20,
    },
    { re: `${w('vía', 'via', 'de')} @\\w+`, weight: -15 },
  ],
  rhetoricalQuestion: [
    {
      re: `(?:^|[.!\\n]\\s*)¿?(?:quieres|querés|buscas|buscás|necesitas|necesitás|cansad[oa] de|harto de|te gustaría|tienes un negocio)[^?]{0,80}\\?`,
      weight: 0,
    },
  ],
  ...linkLists(),
};
